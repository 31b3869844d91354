package org.greenborder.academy.needs;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.greenborder.academy.shared.Convention;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One assessment of needs, such as the survey at a network workshop of a given year. It may belong to a workshop,
 * whose participants can then answer it through the round's survey link while the survey is open.
 */
@Entity
@Table(name = "needs_round")
public class NeedsRound {

    public static final int TITLE_MAX = 200;
    public static final int DESCRIPTION_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank(message = "Give the round a title")
    @Size(max = TITLE_MAX)
    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @NotNull(message = "Give the date the needs were reported")
    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Size(max = DESCRIPTION_MAX)
    @Column(length = DESCRIPTION_MAX)
    private String description;

    @Column(name = "event_id")
    private Long eventId;

    @Column(name = "survey_token", length = 64)
    private String surveyToken;

    @Column(name = "survey_open", nullable = false)
    private boolean surveyOpen;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "needs_round_convention", joinColumns = @JoinColumn(name = "round_id"))
    @Column(name = "convention", nullable = false, length = 20)
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Set<Convention> conventions = EnumSet.noneOf(Convention.class);

    @Column(name = "created_by", nullable = false, length = 50)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    public NeedsRound() {
    }

    /** Whether the round asked about the convention; a round without conventions asked about all of them. */
    public boolean covers(Convention convention) {
        return convention == null || conventions.isEmpty() || conventions.contains(convention);
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Long getEventId() {
        return eventId;
    }

    public void setEventId(Long eventId) {
        this.eventId = eventId;
    }

    public String getSurveyToken() {
        return surveyToken;
    }

    void setSurveyToken(String surveyToken) {
        this.surveyToken = surveyToken;
    }

    public boolean isSurveyOpen() {
        return surveyOpen;
    }

    void setSurveyOpen(boolean surveyOpen) {
        this.surveyOpen = surveyOpen;
    }

    public Set<Convention> getConventions() {
        return conventions;
    }

    public void setConventions(Set<Convention> conventions) {
        this.conventions = conventions == null || conventions.isEmpty() ? EnumSet.noneOf(Convention.class) : EnumSet.copyOf(conventions);
    }

    public String getCreatedBy() {
        return createdBy;
    }

    void created(String by, Instant at) {
        this.createdBy = by;
        this.createdAt = at;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NeedsRound round && id != null && id.equals(round.id);
    }

    @Override
    public int hashCode() {
        return NeedsRound.class.hashCode();
    }
}
