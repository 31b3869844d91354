package org.greenborder.academy.scenario;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A trainee's (or a group's) run through one scenario version with one seed. The moves are {@link AttemptStep}s;
 * the columns here summarise the state after the last one, so lists and analytics need not replay.
 */
@Entity
@Table(name = "scenario_attempt")
class Attempt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "scenario_id", nullable = false, length = 100)
    private String scenarioId;

    @Column(name = "scenario_version_id", nullable = false)
    private Long scenarioVersionId;

    @Column(name = "owner_username", nullable = false, length = 50)
    private String ownerUsername;

    @Column(length = 2)
    private String country;

    @Column(length = 250)
    private String agency;

    @Column(name = "agency_type", length = 60)
    private String agencyType;

    @Column(nullable = false)
    private long seed;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AttemptStatus status;

    @Column(name = "stage_id", length = 100)
    private String stageId;

    @Column(name = "step_count", nullable = false)
    private int stepCount;

    @Column(name = "minutes_used", nullable = false)
    private int minutesUsed;

    @Column(name = "delay_hours", nullable = false)
    private int delayHours;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "deadline_at")
    private Instant deadlineAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "ending_id", length = 100)
    private String endingId;

    @Column(name = "legal_basis_id", length = 100)
    private String legalBasisId;

    private Integer score;

    @Column(name = "max_score")
    private Integer maxScore;

    private Integer percent;

    private Boolean passed;

    @Column(name = "event_id")
    private Long eventId;

    @Column(name = "group_id")
    private Long groupId;

    @Column(name = "exercise_id")
    private Long exerciseId;

    @Version
    private long version;

    protected Attempt() {
    }

    Attempt(String scenarioId, Long scenarioVersionId, String ownerUsername, long seed, String firstStage,
            Instant startedAt, Instant deadlineAt) {
        this.scenarioId = scenarioId;
        this.scenarioVersionId = scenarioVersionId;
        this.ownerUsername = ownerUsername;
        this.seed = seed;
        this.status = AttemptStatus.IN_PROGRESS;
        this.stageId = firstStage;
        this.startedAt = startedAt;
        this.deadlineAt = deadlineAt;
    }

    void follow(Engine.State state) {
        stageId = state.stageId();
        minutesUsed = state.minutes();
        delayHours = state.delayHours();
        endingId = state.endingId();
    }

    void close(AttemptStatus closedAs, Instant at, String legalBasis, Scoring.Score result) {
        status = closedAs;
        completedAt = at;
        legalBasisId = legalBasis;
        score = result.total();
        maxScore = result.maximum();
        percent = result.percent();
        passed = result.passed();
    }

    int nextSeq() {
        return ++stepCount;
    }

    void setContext(String country, String agency, String agencyType) {
        this.country = country;
        this.agency = agency;
        this.agencyType = agencyType;
    }

    String getAgencyType() {
        return agencyType;
    }

    void setExercise(Long exerciseId, Long eventId, Long groupId) {
        this.exerciseId = exerciseId;
        this.eventId = eventId;
        this.groupId = groupId;
    }

    Long getExerciseId() {
        return exerciseId;
    }

    Long getId() {
        return id;
    }

    String getScenarioId() {
        return scenarioId;
    }

    Long getScenarioVersionId() {
        return scenarioVersionId;
    }

    String getOwnerUsername() {
        return ownerUsername;
    }

    String getCountry() {
        return country;
    }

    String getAgency() {
        return agency;
    }

    long getSeed() {
        return seed;
    }

    AttemptStatus getStatus() {
        return status;
    }

    String getStageId() {
        return stageId;
    }

    int getStepCount() {
        return stepCount;
    }

    int getMinutesUsed() {
        return minutesUsed;
    }

    int getDelayHours() {
        return delayHours;
    }

    Instant getStartedAt() {
        return startedAt;
    }

    Instant getDeadlineAt() {
        return deadlineAt;
    }

    Instant getCompletedAt() {
        return completedAt;
    }

    String getEndingId() {
        return endingId;
    }

    String getLegalBasisId() {
        return legalBasisId;
    }

    Integer getScore() {
        return score;
    }

    Integer getMaxScore() {
        return maxScore;
    }

    Integer getPercent() {
        return percent;
    }

    Boolean getPassed() {
        return passed;
    }

    Long getEventId() {
        return eventId;
    }

    Long getGroupId() {
        return groupId;
    }
}
