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

/** A scenario attached to a workshop session as an exercise, for every participant or one attempt per group. */
@Entity
@Table(name = "scenario_exercise")
class Exercise {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "event_id", nullable = false)
    private Long eventId;

    @Column(name = "session_id", nullable = false)
    private Long sessionId;

    @Column(name = "scenario_id", nullable = false, length = 100)
    private String scenarioId;

    @Column(name = "group_mode", nullable = false)
    private boolean groupMode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ExerciseStatus status = ExerciseStatus.READY;

    @Column(name = "created_by", nullable = false, length = 50)
    private String createdBy;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Version
    private long version;

    protected Exercise() {
    }

    Exercise(Long eventId, Long sessionId, String scenarioId, boolean groupMode, String createdBy) {
        this.eventId = eventId;
        this.sessionId = sessionId;
        this.scenarioId = scenarioId;
        this.groupMode = groupMode;
        this.createdBy = createdBy;
    }

    void start(Instant at) {
        status = ExerciseStatus.LIVE;
        startedAt = at;
    }

    void close(Instant at) {
        status = ExerciseStatus.CLOSED;
        closedAt = at;
    }

    Long getId() {
        return id;
    }

    Long getEventId() {
        return eventId;
    }

    Long getSessionId() {
        return sessionId;
    }

    String getScenarioId() {
        return scenarioId;
    }

    boolean isGroupMode() {
        return groupMode;
    }

    ExerciseStatus getStatus() {
        return status;
    }

    Instant getStartedAt() {
        return startedAt;
    }
}
