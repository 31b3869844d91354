package org.greenborder.academy.scenario;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;

/** What a closed attempt did with one red flag: found, missed, not seen, noted wrongly or rightly left alone. */
@Entity
@Table(name = "scenario_attempt_flag")
class AttemptFlag {

    @Embeddable
    record Key(@Column(name = "attempt_id") Long attemptId, @Column(name = "flag_id", length = 100) String flagId) implements Serializable {
    }

    @EmbeddedId
    private Key id;

    @Column(nullable = false)
    private boolean genuine;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AttemptView.FlagOutcome outcome;

    protected AttemptFlag() {
    }

    AttemptFlag(Long attemptId, String flagId, boolean genuine, AttemptView.FlagOutcome outcome) {
        this.id = new Key(attemptId, flagId);
        this.genuine = genuine;
        this.outcome = outcome;
    }

    Long getAttemptId() {
        return id.attemptId();
    }

    String getFlagId() {
        return id.flagId();
    }

    boolean isGenuine() {
        return genuine;
    }

    AttemptView.FlagOutcome getOutcome() {
        return outcome;
    }
}
