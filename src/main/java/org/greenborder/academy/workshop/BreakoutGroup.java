package org.greenborder.academy.workshop;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

/** A group inside a breakout session ("Group A"), with a theme, lettered scope questions and a rapporteur. */
@Entity
@Table(name = "breakout_group")
public class BreakoutGroup {

    public static final int LABEL_MAX = 40;
    public static final int THEME_MAX = 300;
    public static final int REPORT_MAX = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "session_id", nullable = false)
    private Long sessionId;

    @Column(nullable = false)
    private int position;

    @NotBlank
    @Size(max = LABEL_MAX)
    @Column(nullable = false, length = LABEL_MAX)
    private String label;

    @NotBlank
    @Size(max = THEME_MAX)
    @Column(nullable = false, length = THEME_MAX)
    private String theme;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "rapporteur_id")
    private Registration rapporteur;

    @ManyToMany(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @JoinTable(name = "breakout_member", joinColumns = @JoinColumn(name = "group_id"),
            inverseJoinColumns = @JoinColumn(name = "registration_id"))
    private Set<Registration> members = new LinkedHashSet<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @JoinColumn(name = "group_id", nullable = false)
    @OrderBy("position")
    private List<@Valid ScopeQuestion> questions = new ArrayList<>();

    /** What the group told the plenary. */
    @Size(max = REPORT_MAX)
    @Column(name = "report_back", length = REPORT_MAX)
    private String reportBack;

    @Version
    private long version;

    public BreakoutGroup() {
    }

    public BreakoutGroup(String label, String theme) {
        this.label = label;
        this.theme = theme;
    }

    public Long getId() {
        return id;
    }

    public Long getSessionId() {
        return sessionId;
    }

    void setSessionId(Long sessionId) {
        this.sessionId = sessionId;
    }

    int getPosition() {
        return position;
    }

    void setPosition(int position) {
        this.position = position;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public String getTheme() {
        return theme;
    }

    public void setTheme(String theme) {
        this.theme = theme;
    }

    public Registration getRapporteur() {
        return rapporteur;
    }

    public void setRapporteur(Registration rapporteur) {
        this.rapporteur = rapporteur;
    }

    public Set<Registration> getMembers() {
        return members;
    }

    void setMembers(Set<Registration> members) {
        this.members = new LinkedHashSet<>(members);
    }

    public List<ScopeQuestion> getQuestions() {
        return questions;
    }

    /** Replaces the questions, lettering them a, b, c... in the order given unless a letter was typed. */
    public void setQuestions(List<ScopeQuestion> questions) {
        this.questions.clear();
        for (int i = 0; i < questions.size(); i++) {
            ScopeQuestion question = questions.get(i);
            question.setPosition(i);
            if (question.getLetter() == null || question.getLetter().isBlank()) {
                question.setLetter(String.valueOf((char) ('a' + Math.min(i, 25))));
            }
            this.questions.add(question);
        }
    }

    public String getReportBack() {
        return reportBack;
    }

    public void setReportBack(String reportBack) {
        this.reportBack = reportBack;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BreakoutGroup that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
