package org.greenborder.academy.workshop;

import java.util.List;

/** The anonymous evaluation of an event, summed up; comments in alphabetical order, not in order of arrival. */
public record EvaluationResults(int responses, double overallAverage, List<SessionScore> sessions, List<String> comments) {

    public record SessionScore(long sessionId, String title, int ratings, double average) {
    }
}
