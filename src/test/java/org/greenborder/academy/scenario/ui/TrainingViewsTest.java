package org.greenborder.academy.scenario.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.Tab;
import org.greenborder.academy.scenario.AttemptView;
import org.greenborder.academy.scenario.ScenarioService;
import org.greenborder.academy.support.BrowserlessTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

/** The trainee's journey through the real HCFC-22 scenario, and the admins' scenario page, without a browser. */
@SpringBootTest
class TrainingViewsTest extends BrowserlessTestBase {

    private static final String SCENARIO = "hcfc22-declared-as-hfc134a";

    @Autowired
    ScenarioService scenarios;

    private void confirm() {
        test(find(ConfirmDialog.class).withId("confirm-decision").single()).confirm();
    }

    /**
     * Every trainee on the attempt screen holds its component tree in the server's memory; read-only paperwork is
     * one node per sheet. A count, not a timing: 430 nodes per screen made 477 KB a session (docs/performance.md).
     */
    @Test
    @WithMockUser(username = "view-trainee-nodes", roles = "TRAINEE")
    void theAttemptScreenKeepsFewStateNodesOnTheServer() {
        navigate(TrainingView.class);
        test(find(Button.class).withId("start-" + SCENARIO).single()).click();
        AttemptScreen screen = (AttemptScreen) getCurrentView();
        test(find(Button.class).withId("action-licence-check").single()).click();
        assertThat(screen.view.documents()).hasSizeGreaterThanOrEqualTo(4);

        // the attached tree, plus the sheets the tab sheet keeps detached until their tab is chosen (alive all the same)
        int[] nodes = {0};
        UI.getCurrent().getInternals().getStateTree().getRootNode().visitNodeTree(node -> nodes[0]++);
        int attached = nodes[0];
        for (AttemptView.Document document : screen.view.documents()) {
            var sheet = screen.documents.getComponent(find(Tab.class).withId("tab-" + document.id()).single());
            if (sheet.getUI().isEmpty()) {
                sheet.getElement().getNode().visitNodeTree(node -> nodes[0]++);
            }
        }
        // 161 attached and 307 in all when each sheet was a tree of elements; 165 in all as fragments
        assertThat(attached).isLessThan(200);
        assertThat(nodes[0] - attached).as("nodes of the detached sheets").isLessThanOrEqualTo(screen.view.documents().size());
    }

    @Test
    @WithMockUser(username = "view-trainee", roles = "TRAINEE")
    void aTraineeStartsInspectsNotesDecidesAndReadsTheReview() {
        TrainingView catalogue = navigate(TrainingView.class);
        int all = catalogue.cards.getComponentCount();
        assertThat(all).isGreaterThanOrEqualTo(12);
        test(catalogue.convention).selectItem("Basel");
        assertThat(catalogue.cards.getComponentCount()).isLessThan(all).isPositive();
        assertThat(find(Div.class).withId("scenario-" + SCENARIO).all()).isEmpty();
        test(catalogue.convention).selectItem("Montreal");
        test(find(Button.class).withId("start-" + SCENARIO).single()).click();

        AttemptScreen screen = (AttemptScreen) getCurrentView();
        assertThat(screen.view.stage().id()).isEqualTo("documents");
        assertThat(screen.budget.getText()).startsWith("Officer time left: 240 of 240 min");
        test(find(Button.class).withId("action-licence-check").single()).click();
        assertThat(screen.view.documents()).extracting(AttemptView.Document::id).contains("licence");
        assertThat(screen.budget.getText()).startsWith("Officer time left: 230 of 240 min");
        test(find(Checkbox.class).withId("flag-price").single()).click();
        assertThat(screen.view.notebook()).filteredOn(AttemptView.Flag::noted).extracting(AttemptView.Flag::id).containsExactly("price");

        test(screen.decide).click(); // nothing chosen yet: a message, no move
        assertThat(screen.view.stage().id()).isEqualTo("documents");
        test(screen.decision).selectItem("Detain the container for physical examination");
        test(screen.decide).click();
        confirm();
        assertThat(screen.view.stage().id()).isEqualTo("examination");

        test(find(Button.class).withId("action-identifier").single()).click();
        assertThat(find(Div.class).withId("finding-identifier").single().getElement().getTextRecursively()).contains("refrigerant identifier");
        assertThat(screen.view.inspections().getLast().revealedMarkdown()).contains("R-22");
        test(find(Checkbox.class).withId("flag-reads-r22").single()).click();
        test(screen.decision).selectItem("Seize the shipment and inform the national ozone unit");
        assertThat(screen.legalBasis.isVisible()).isTrue();
        test(screen.decide).click(); // no legal basis yet: refused where the trainee is
        assertThat(getCurrentView()).isSameAs(screen);
        test(screen.legalBasis).selectItem(
                "National ODS licensing and quota system (Montreal Protocol Art. 4B): HCFC-22 imported without licence or quota");
        test(screen.decide).click();
        confirm();

        ReviewView review = (ReviewView) getCurrentView();
        assertThat(review.view.review().endingTitle()).isEqualTo("Seized, ozone unit informed");
        assertThat(review.view.review().score().passed()).isTrue();
        assertThat(find(Div.class).withId("review-result").single().getElement().getTextRecursively()).contains("Passed");
        String flags = find(Div.class).withId("review-flags").single().getElement().getTextRecursively();
        assertThat(flags).contains("Found").contains("Missed").contains("The identifier reads R-22");

        MyTrainingView history = navigate(MyTrainingView.class);
        assertThat(history.grid.getGenericDataView().getItems().toList()).anySatisfy(attempt -> {
            assertThat(attempt.scenarioId()).isEqualTo(SCENARIO);
            assertThat(attempt.passed()).isTrue();
        });
    }

    @Test
    @WithMockUser(username = "view-trainee-2", roles = "TRAINEE")
    void anOpenAttemptIsContinuedNotRestartedAndShowsTheSameShipment() {
        long id = scenarios.start(SCENARIO);
        scenarios.inspect(id, "digit-check");
        TrainingView catalogue = navigate(TrainingView.class);
        Button go = find(Button.class).withId("start-" + SCENARIO).single();
        assertThat(go.getText()).isEqualTo("Continue");
        test(go).click();
        AttemptScreen screen = (AttemptScreen) getCurrentView();
        assertThat(screen.view.id()).isEqualTo(id);
        assertThat(screen.view.inspections()).extracting(AttemptView.Inspection::id).containsExactly("digit-check");
        assertThat(screen.view.briefing().markdown()).isEqualTo(scenarios.attempt(id).briefing().markdown());
    }

    @Test
    @WithMockUser(username = "view-admin", roles = "ADMIN")
    void adminsReloadTheFolderAndSeeItsProblems() {
        ScenarioAdminView view = navigate(ScenarioAdminView.class);
        test(view.reload).click();
        assertThat(view.summary.getText()).contains("scenarios on offer").contains("no problems");
        assertThat(find(Span.class).withId("scenario-summary").single().getText()).startsWith(String.valueOf(scenarios.catalogue().size()));
    }

    @Autowired
    org.springframework.context.ApplicationContext context;

    @Test
    @WithMockUser(username = "view-admin", roles = "ADMIN")
    void hostileScenarioFilesAreListedForAdminsAtTheirLineInPlainWords() {
        java.util.Map<String, String> files = java.util.Map.of(
                "deep.yaml", "id: deep\ntitle: " + "[".repeat(100_000),
                "control.yaml", "id: control\ntitle: a\u0007b\n",
                "alias.yaml", "a: &a [x, *a]\n",
                "huge.yaml", "x: \"" + "y".repeat(600_000) + "\"",
                "bom.yaml", "\uFEFFid: [\n",
                "tag.yaml", "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://127.0.0.1/\"]]]]\n",
                "time.yaml", "id: time\nvariables:\n  t: {date: {from: 2025-01-01, to: 2025-01-02, format: \"HH:mm\"}}\n");
        try {
            org.greenborder.academy.scenario.ScenarioFolderAccess.loadTexts(context, files);
            ScenarioAdminView view = navigate(ScenarioAdminView.class);
            var rows = view.problems.getGenericDataView().getItems().toList();
            assertThat(rows).extracting(org.greenborder.academy.scenario.ScenarioProblem::file).containsAll(files.keySet());
            assertThat(rows).allSatisfy(problem -> {
                assertThat(problem.line()).isPositive();
                assertThat(problem.message()).isNotBlank().hasSizeLessThanOrEqualTo(1000).doesNotContain("Exception", "org.snakeyaml");
            });
            assertThat(rows).anySatisfy(problem -> assertThat(problem.toString()).startsWith("control.yaml:2:9: not valid YAML: the character U+0007"));
            assertThat(view.summary.getText()).contains("problem(s)");
            assertThat(find(com.vaadin.flow.component.notification.Notification.class).all())
                    .noneMatch(notification -> "gba-error-notification".equals(notification.getId().orElse(null)));
        } finally {
            scenarios.reload();
        }
    }

    @Test
    @WithMockUser(username = "view-analyst", roles = "ANALYST")
    void analystsSeeResultsPerScenarioAndPerRedFlag() {
        TrainingResultsView view = navigate(TrainingResultsView.class);
        var rows = view.scenarios.getGenericDataView().getItems().toList();
        assertThat(rows).hasSizeGreaterThanOrEqualTo(12);
        assertThat(view.flags.isVisible()).isFalse();
        view.scenarios.select(rows.getFirst());
        assertThat(view.flags.isVisible()).isTrue();
        assertThat(view.flags.getGenericDataView().getItems().toList()).isNotEmpty();
        test(view.country).selectItem("Malaysia");
        assertThat(view.scenarios.getGenericDataView().getItems().toList()).isNotEmpty()
                .allSatisfy(row -> assertThat(row.attempts()).isLessThanOrEqualTo(2));
    }

    @Test
    @WithMockUser(username = "view-trainee-3", roles = "TRAINEE")
    void traineesCannotOpenTheResultsOrTheScenarioAdmin() {
        navigate("training/results", com.vaadin.flow.component.Component.class);
        assertThat(getCurrentView()).isNotInstanceOf(TrainingResultsView.class);
        navigate("admin/scenarios", com.vaadin.flow.component.Component.class);
        assertThat(getCurrentView()).isNotInstanceOf(ScenarioAdminView.class);
    }
}
