package org.greenborder.academy.workshop;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.util.HashMap;
import java.util.Map;

/** One anonymous evaluation: no person, no account, no time stamp. */
@Entity
@Table(name = "survey_response")
class SurveyResponse {

    static final int COMMENTS_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "event_id", nullable = false)
    private Long eventId;

    @Column(name = "overall_rating", nullable = false)
    private int overallRating;

    @Column(length = COMMENTS_MAX)
    private String comments;

    /** Session id → rating 1–5. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "survey_session_rating", joinColumns = @JoinColumn(name = "response_id"))
    @MapKeyColumn(name = "session_id")
    @Column(name = "rating", nullable = false)
    private Map<Long, Integer> sessionRatings = new HashMap<>();

    protected SurveyResponse() {
    }

    SurveyResponse(Long eventId, int overallRating, String comments, Map<Long, Integer> sessionRatings) {
        this.eventId = eventId;
        this.overallRating = overallRating;
        this.comments = comments;
        this.sessionRatings = new HashMap<>(sessionRatings);
    }

    int getOverallRating() {
        return overallRating;
    }

    String getComments() {
        return comments;
    }

    Map<Long, Integer> getSessionRatings() {
        return sessionRatings;
    }
}
