package org.greenborder.academy.scenario;

import java.time.Instant;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * JSON access to training (HTTP Basic, like the rest of /api): the catalogue, the caller's attempts, and one
 * attempt with its review for its owner, admins and analysts (anyone else gets 404, as for a missing id).
 */
@RestController
@RequestMapping("/api")
class ScenarioApiController {

    private final ScenarioService scenarios;

    ScenarioApiController(ScenarioService scenarios) {
        this.scenarios = scenarios;
    }

    record AttemptResponse(long id, String scenarioId, String title, String owner, AttemptStatus status, Instant startedAt,
                           Instant deadlineAt, int steps, String stage, List<String> flagsNoted, List<String> inspections,
                           Result result) {
    }

    record Result(int score, int maximum, int percent, boolean passed, int passMark, String ending, String verdict,
                  String legalBasis, boolean legalBasisAccepted, List<Scoring.Line> breakdown, List<FlagResult> redFlags) {
    }

    record FlagResult(String text, boolean genuine, String outcome, int points, List<String> guidance) {
    }

    @GetMapping("/scenarios")
    List<ScenarioSummary> catalogue() {
        return scenarios.catalogue();
    }

    @GetMapping("/me/attempts")
    List<AttemptSummary> myAttempts() {
        return scenarios.myAttempts();
    }

    @GetMapping("/attempts/{id}")
    AttemptResponse attempt(@PathVariable long id) {
        AttemptView view = scenarios.attempt(id);
        Result result = null;
        if (view.review() != null) {
            AttemptView.Review review = view.review();
            Scoring.Score score = review.score();
            result = new Result(score.total(), score.maximum(), score.percent(), score.passed(), score.passMark(), review.endingTitle(),
                    review.verdict() == null ? null : review.verdict().name().toLowerCase(java.util.Locale.ROOT), review.legalBasis(),
                    review.legalBasisAccepted(), score.lines(), review.flags().stream()
                    .map(flag -> new FlagResult(flag.text(), flag.genuine(), flag.outcome().name().toLowerCase(java.util.Locale.ROOT),
                            flag.points(), flag.guidance())).toList());
        }
        return new AttemptResponse(view.id(), view.scenarioId(), view.title(), view.owner(), view.status(), view.startedAt(),
                view.deadlineAt(), view.stepCount(), view.stage() == null ? null : view.stage().id(),
                view.notebook().stream().filter(AttemptView.Flag::noted).map(AttemptView.Flag::text).toList(),
                view.inspections().stream().map(AttemptView.Inspection::label).toList(), result);
    }
}
