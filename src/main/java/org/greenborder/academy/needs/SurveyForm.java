package org.greenborder.academy.needs;

import java.time.LocalDate;
import java.util.List;

/** What a participant sees on opening a round's survey link: the round, who they answer for, and their answers so far. */
public record SurveyForm(long roundId, String roundTitle, LocalDate heldOn, String eventTitle, String respondentName,
                         String countryName, String agencyLabel, List<SheetLine> lines, boolean answered) {
}
