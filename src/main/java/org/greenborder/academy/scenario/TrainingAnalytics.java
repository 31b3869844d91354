package org.greenborder.academy.scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Figures over closed attempts, optionally for one country and one office. */
@Service
public class TrainingAnalytics {

    private final AttemptRepository attempts;
    private final AttemptFlagRepository flags;
    private final ScenarioCatalogue catalogue;

    TrainingAnalytics(AttemptRepository attempts, AttemptFlagRepository flags, ScenarioCatalogue catalogue) {
        this.attempts = attempts;
        this.flags = flags;
        this.catalogue = catalogue;
    }

    /**
     * @param country    ISO code, or null for all
     * @param agencyType kind of agency (as labelled in workshops: "Customs"…), or null for all
     * @param office     organisation as on the accounts, or null for all
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'ANALYST', 'ORGANISER')")
    @Transactional(readOnly = true)
    public TrainingFigures figures(String country, String agencyType, String office) {
        List<Attempt> closed = attempts.findByStatusIn(List.of(AttemptStatus.COMPLETED, AttemptStatus.TIMED_OUT));
        List<String> countries = closed.stream().map(Attempt::getCountry).filter(Objects::nonNull).collect(Collectors.toCollection(TreeSet::new)).stream().toList();
        List<String> agencyTypes = closed.stream().map(Attempt::getAgencyType).filter(Objects::nonNull).collect(Collectors.toCollection(TreeSet::new)).stream().toList();
        List<String> offices = closed.stream().map(Attempt::getAgency).filter(Objects::nonNull).collect(Collectors.toCollection(TreeSet::new)).stream().toList();
        List<Attempt> selected = closed.stream()
                .filter(a -> country == null || country.equals(a.getCountry()))
                .filter(a -> agencyType == null || agencyType.equals(a.getAgencyType()))
                .filter(a -> office == null || office.equals(a.getAgency()))
                .toList();
        Map<Long, List<AttemptFlag>> flagsByAttempt = selected.isEmpty() ? Map.of()
                : flags.findByAttemptIds(selected.stream().map(Attempt::getId).toList()).stream()
                .collect(Collectors.groupingBy(AttemptFlag::getAttemptId));
        Map<String, List<Attempt>> byScenario = selected.stream().collect(Collectors.groupingBy(Attempt::getScenarioId, LinkedHashMap::new, Collectors.toList()));
        List<TrainingFigures.Scenario> result = new ArrayList<>();
        byScenario.forEach((scenarioId, list) -> {
            // texts from the newest version played; older versions may word a flag differently but keep its id
            Attempt newest = list.stream().max(Comparator.comparing(Attempt::getScenarioVersionId)).orElseThrow();
            ScenarioDefinition definition = catalogue.version(newest.getScenarioVersionId());
            int passed = (int) list.stream().filter(a -> Boolean.TRUE.equals(a.getPassed())).count();
            int average = (int) Math.round(list.stream().mapToInt(a -> a.getPercent() == null ? 0 : a.getPercent()).average().orElse(0));
            Map<String, Integer> endings = new LinkedHashMap<>();
            for (Attempt attempt : list) {
                String ending = attempt.getEndingId() == null ? "Time ran out"
                        : definition.ending(attempt.getEndingId()).map(ScenarioDefinition.Ending::title).orElse(attempt.getEndingId());
                endings.merge(ending, 1, Integer::sum);
            }
            List<TrainingFigures.Flag> flagFigures = new ArrayList<>();
            for (ScenarioDefinition.RedFlag flag : definition.redFlags()) {
                int seen = 0;
                int noted = 0;
                for (Attempt attempt : list) {
                    for (AttemptFlag outcome : flagsByAttempt.getOrDefault(attempt.getId(), List.of())) {
                        if (outcome.getFlagId().equals(flag.id())) {
                            seen++;
                            if (outcome.getOutcome() == AttemptView.FlagOutcome.FOUND || outcome.getOutcome() == AttemptView.FlagOutcome.FALSE_FLAG) {
                                noted++;
                            }
                        }
                    }
                }
                flagFigures.add(new TrainingFigures.Flag(flag.id(), flag.text(), flag.genuine(), seen, noted,
                        seen == 0 ? 0 : Math.round(noted * 100f / seen)));
            }
            result.add(new TrainingFigures.Scenario(scenarioId, definition.title(), list.size(), passed, average, endings, flagFigures));
        });
        result.sort(Comparator.comparing(TrainingFigures.Scenario::title));
        return new TrainingFigures(List.copyOf(result), countries, agencyTypes, offices);
    }

    /** Every closed attempt with its genuine red flags, for the regional needs picture. */
    @PreAuthorize("hasAnyRole('ADMIN', 'ANALYST', 'ORGANISER')")
    @Transactional(readOnly = true)
    public List<AttemptRecord> closedAttempts() {
        List<Attempt> closed = attempts.findByStatusIn(List.of(AttemptStatus.COMPLETED, AttemptStatus.TIMED_OUT));
        Map<Long, List<AttemptFlag>> flagsByAttempt = closed.isEmpty() ? Map.of()
                : flags.findByAttemptIds(closed.stream().map(Attempt::getId).toList()).stream()
                .collect(Collectors.groupingBy(AttemptFlag::getAttemptId));
        List<AttemptRecord> result = new ArrayList<>(closed.size());
        for (Attempt attempt : closed) {
            ScenarioDefinition definition = catalogue.version(attempt.getScenarioVersionId());
            List<AttemptRecord.Flag> genuine = flagsByAttempt.getOrDefault(attempt.getId(), List.of()).stream()
                    .filter(AttemptFlag::isGenuine)
                    .map(flag -> new AttemptRecord.Flag(flag.getFlagId(),
                            definition.redFlag(flag.getFlagId()).map(ScenarioDefinition.RedFlag::text).orElse(flag.getFlagId()),
                            flag.getOutcome() == AttemptView.FlagOutcome.FOUND))
                    .toList();
            result.add(new AttemptRecord(attempt.getId(), attempt.getOwnerUsername(), attempt.getCountry(),
                    attempt.getAgencyType(), attempt.getScenarioId(), definition.title(), definition.topics(),
                    definition.conventions(), attempt.getCompletedAt() == null ? attempt.getStartedAt() : attempt.getCompletedAt(),
                    Boolean.TRUE.equals(attempt.getPassed()), attempt.getPercent() == null ? 0 : attempt.getPercent(), genuine));
        }
        return result;
    }
}
