package org.greenborder.academy.workshop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** That a user has answered an event's survey: kept apart from the answers, so the answers stay anonymous. */
@Entity
@Table(name = "survey_submission")
@IdClass(SurveySubmission.Key.class)
class SurveySubmission {

    record Key(Long eventId, String username) implements Serializable {
        Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "event_id")
    private Long eventId;

    @Id
    @Column(length = 50)
    private String username;

    protected SurveySubmission() {
    }

    SurveySubmission(Long eventId, String username) {
        this.eventId = eventId;
        this.username = username;
    }
}
