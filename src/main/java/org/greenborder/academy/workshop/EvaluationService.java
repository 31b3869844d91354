package org.greenborder.academy.workshop;

import java.time.LocalDate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.greenborder.academy.shared.RuleViolationException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The post-event survey: one anonymous answer per participant (a rating per session, an overall rating, free
 * text), and the results for organisers and analysts. Who answered is stored apart from what they answered.
 */
@Service
public class EvaluationService {

    public static final int MIN_RATING = 1;
    public static final int MAX_RATING = 5;

    private final SurveyResponseRepository responses;
    private final SurveySubmissionRepository submissions;
    private final RegistrationRepository registrations;
    private final AgendaSessionRepository sessions;
    private final WorkshopAccess access;
    private final Clock clock;

    EvaluationService(SurveyResponseRepository responses, SurveySubmissionRepository submissions,
                      RegistrationRepository registrations, AgendaSessionRepository sessions, WorkshopAccess access, Clock clock) {
        this.responses = responses;
        this.submissions = submissions;
        this.registrations = registrations;
        this.sessions = sessions;
        this.access = access;
        this.clock = clock;
    }

    /** Why the signed-in user cannot answer the survey now, or null if they can. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public String whyNotOpen(long eventId) {
        WorkshopEvent event = access.viewable(eventId);
        if (registrations.findByEventIdAndPersonUsername(eventId, access.username())
                .filter(registration -> registration.getStatus() == RegistrationStatus.CONFIRMED).isEmpty()) {
            return "Only confirmed participants of the event can answer its evaluation.";
        }
        if (LocalDate.now(clock.withZone(event.zone())).isBefore(event.getStartDate())) {
            return "The evaluation opens when the event starts, on " + event.getStartDate() + ".";
        }
        if (submissions.existsByEventIdAndUsername(eventId, access.username())) {
            return "You have already answered this evaluation. Thank you!";
        }
        return null;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void submit(long eventId, int overallRating, Map<Long, Integer> sessionRatings, String comments) {
        String reason = whyNotOpen(eventId);
        if (reason != null) {
            throw new RuleViolationException(reason);
        }
        checkRating(overallRating);
        sessionRatings.values().forEach(EvaluationService::checkRating);
        Set<Long> rateable = sessions.findByEventIdOrderByDayAscStartTimeAscIdAsc(eventId).stream()
                .filter(AgendaSession::takesAttendance).map(AgendaSession::getId).collect(Collectors.toSet());
        if (!rateable.containsAll(sessionRatings.keySet())) {
            throw new RuleViolationException("Only this event's sessions can be rated");
        }
        String text = comments == null || comments.isBlank() ? null : comments.strip();
        if (text != null && text.length() > SurveyResponse.COMMENTS_MAX) {
            throw new RuleViolationException("Comments can have at most " + SurveyResponse.COMMENTS_MAX + " characters");
        }
        try {
            submissions.saveAndFlush(new SurveySubmission(eventId, access.username()));
        } catch (DataIntegrityViolationException e) {
            throw new RuleViolationException("You have already answered this evaluation. Thank you!");
        }
        responses.save(new SurveyResponse(eventId, overallRating, text, sessionRatings));
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'ORGANISER', 'ANALYST')")
    @Transactional(readOnly = true)
    public EvaluationResults results(long eventId) {
        WorkshopEvent event = access.viewable(eventId);
        if (!access.canEdit(event) && !access.seesEverything()) {
            throw new AccessDeniedException("Evaluation results are for organisers and analysts");
        }
        List<SurveyResponse> all = responses.findByEventId(eventId);
        Map<Long, List<Integer>> bySession = new HashMap<>();
        all.forEach(response -> response.getSessionRatings()
                .forEach((sessionId, rating) -> bySession.computeIfAbsent(sessionId, id -> new ArrayList<>()).add(rating)));
        List<EvaluationResults.SessionScore> scores = sessions.findByEventIdOrderByDayAscStartTimeAscIdAsc(eventId).stream()
                .filter(AgendaSession::takesAttendance)
                .map(session -> {
                    List<Integer> ratings = bySession.getOrDefault(session.getId(), List.of());
                    return new EvaluationResults.SessionScore(session.getId(), session.getTitle(), ratings.size(),
                            ratings.stream().mapToInt(Integer::intValue).average().orElse(0));
                })
                .toList();
        List<String> comments = all.stream().map(SurveyResponse::getComments).filter(c -> c != null).sorted().toList();
        return new EvaluationResults(all.size(), all.stream().mapToInt(SurveyResponse::getOverallRating).average().orElse(0),
                scores, comments);
    }

    private static void checkRating(int rating) {
        if (rating < MIN_RATING || rating > MAX_RATING) {
            throw new RuleViolationException("Ratings go from " + MIN_RATING + " to " + MAX_RATING);
        }
    }
}
