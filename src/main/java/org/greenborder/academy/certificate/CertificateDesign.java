package org.greenborder.academy.certificate;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * How an event's certificates look and when they are earned: the layout, the attendance rate that earns an
 * attendance certificate, the scenarios that earn a completion certificate, logos and up to two signatories.
 */
@Entity
@Table(name = "certificate_design")
public class CertificateDesign {

    public static final int DEFAULT_THRESHOLD = 80;
    public static final int SIGNATORY_NAME_MAX = 120;
    public static final int SIGNATORY_TITLE_MAX = 160;

    @Id
    @Column(name = "event_id")
    private Long eventId;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CertificateLayout layout = CertificateLayout.FORMAL;

    @Min(1)
    @Max(100)
    @Column(name = "attendance_threshold", nullable = false)
    private int attendanceThreshold = DEFAULT_THRESHOLD;

    @Column(name = "auto_issue", nullable = false)
    private boolean autoIssue = true;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "certificate_required_scenario", joinColumns = @JoinColumn(name = "event_id"))
    @Column(name = "scenario_id", nullable = false, length = 100)
    private Set<String> requiredScenarios = new LinkedHashSet<>();

    @Column(name = "logo_left_id")
    private Long logoLeftId;

    @Column(name = "logo_right_id")
    private Long logoRightId;

    @Size(max = SIGNATORY_NAME_MAX)
    @Column(name = "signatory1_name", length = SIGNATORY_NAME_MAX)
    private String signatory1Name;

    @Size(max = SIGNATORY_TITLE_MAX)
    @Column(name = "signatory1_title", length = SIGNATORY_TITLE_MAX)
    private String signatory1Title;

    @Column(name = "signatory1_image_id")
    private Long signatory1ImageId;

    @Size(max = SIGNATORY_NAME_MAX)
    @Column(name = "signatory2_name", length = SIGNATORY_NAME_MAX)
    private String signatory2Name;

    @Size(max = SIGNATORY_TITLE_MAX)
    @Column(name = "signatory2_title", length = SIGNATORY_TITLE_MAX)
    private String signatory2Title;

    @Column(name = "signatory2_image_id")
    private Long signatory2ImageId;

    @Column(name = "updated_by", length = 50)
    private String updatedBy;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected CertificateDesign() {
    }

    public CertificateDesign(long eventId) {
        this.eventId = eventId;
    }

    /** A copy for a form to edit, so that a cancelled edit leaves the stored design untouched. */
    public CertificateDesign copy() {
        CertificateDesign copy = new CertificateDesign(eventId);
        copy.copyFrom(this);
        copy.version = version;
        return copy;
    }

    void copyFrom(CertificateDesign edited) {
        layout = edited.layout;
        attendanceThreshold = edited.attendanceThreshold;
        autoIssue = edited.autoIssue;
        requiredScenarios.clear();
        requiredScenarios.addAll(edited.requiredScenarios);
        logoLeftId = edited.logoLeftId;
        logoRightId = edited.logoRightId;
        signatory1Name = edited.signatory1Name;
        signatory1Title = edited.signatory1Title;
        signatory1ImageId = edited.signatory1ImageId;
        signatory2Name = edited.signatory2Name;
        signatory2Title = edited.signatory2Title;
        signatory2ImageId = edited.signatory2ImageId;
    }

    public Long getEventId() {
        return eventId;
    }

    public CertificateLayout getLayout() {
        return layout;
    }

    public void setLayout(CertificateLayout layout) {
        this.layout = layout;
    }

    public int getAttendanceThreshold() {
        return attendanceThreshold;
    }

    public void setAttendanceThreshold(int attendanceThreshold) {
        this.attendanceThreshold = attendanceThreshold;
    }

    public boolean isAutoIssue() {
        return autoIssue;
    }

    public void setAutoIssue(boolean autoIssue) {
        this.autoIssue = autoIssue;
    }

    public Set<String> getRequiredScenarios() {
        return requiredScenarios;
    }

    public void setRequiredScenarios(Set<String> requiredScenarios) {
        this.requiredScenarios = new LinkedHashSet<>(requiredScenarios);
    }

    public Long getLogoLeftId() {
        return logoLeftId;
    }

    public void setLogoLeftId(Long logoLeftId) {
        this.logoLeftId = logoLeftId;
    }

    public Long getLogoRightId() {
        return logoRightId;
    }

    public void setLogoRightId(Long logoRightId) {
        this.logoRightId = logoRightId;
    }

    public String getSignatory1Name() {
        return signatory1Name;
    }

    public void setSignatory1Name(String signatory1Name) {
        this.signatory1Name = signatory1Name;
    }

    public String getSignatory1Title() {
        return signatory1Title;
    }

    public void setSignatory1Title(String signatory1Title) {
        this.signatory1Title = signatory1Title;
    }

    public Long getSignatory1ImageId() {
        return signatory1ImageId;
    }

    public void setSignatory1ImageId(Long signatory1ImageId) {
        this.signatory1ImageId = signatory1ImageId;
    }

    public String getSignatory2Name() {
        return signatory2Name;
    }

    public void setSignatory2Name(String signatory2Name) {
        this.signatory2Name = signatory2Name;
    }

    public String getSignatory2Title() {
        return signatory2Title;
    }

    public void setSignatory2Title(String signatory2Title) {
        this.signatory2Title = signatory2Title;
    }

    public Long getSignatory2ImageId() {
        return signatory2ImageId;
    }

    public void setSignatory2ImageId(Long signatory2ImageId) {
        this.signatory2ImageId = signatory2ImageId;
    }

    public long getVersion() {
        return version;
    }

    void touch(String username, Instant at) {
        this.updatedBy = username;
        this.updatedAt = at;
    }
}
