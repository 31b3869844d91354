package org.greenborder.academy.scenario;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One move in an attempt, in order: an inspection taken, a red flag noted or withdrawn, a decision (with the
 * legal basis when it closed the case). The attempt's state is these steps replayed on its scenario version.
 */
@Entity
@Table(name = "scenario_attempt_step")
class AttemptStep {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "attempt_id", nullable = false)
    private Long attemptId;

    @Column(nullable = false)
    private int seq;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private StepKind kind;

    @Column(nullable = false, length = 100)
    private String ref;

    @Column(length = 100)
    private String detail;

    @Column(nullable = false, length = 50)
    private String username;

    @Column(name = "taken_at", nullable = false)
    private Instant takenAt;

    protected AttemptStep() {
    }

    AttemptStep(Long attemptId, int seq, StepKind kind, String ref, String detail, String username, Instant takenAt) {
        this.attemptId = attemptId;
        this.seq = seq;
        this.kind = kind;
        this.ref = ref;
        this.detail = detail;
        this.username = username;
        this.takenAt = takenAt;
    }

    int getSeq() {
        return seq;
    }

    StepKind getKind() {
        return kind;
    }

    String getRef() {
        return ref;
    }

    String getDetail() {
        return detail;
    }

    String getUsername() {
        return username;
    }

    Instant getTakenAt() {
        return takenAt;
    }

    Engine.Move toMove() {
        return new Engine.Move(kind, ref, detail);
    }
}
