package org.greenborder.academy.perf;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * What a trainee does at the desk between decisions, chosen from what the attempt screen offers at that moment:
 * order an inspection ({@code action-*}), note or strike a red flag ({@code flag-*}), read another document tab
 * ({@code tab-*}), or lay two documents side by side. Each move knows what the screen must show afterwards.
 */
final class AttemptMoves {

    /** A planned move: its request name, the UIDL invocations and the check of the screen after it. */
    record Move(String name, List<ObjectNode> invocations, Vaadin.Expectation expectation) {
    }

    private AttemptMoves() {
    }

    static Move plan(VaadinUi ui) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        List<VaadinUi.Node> inspections = ui.withIdPrefix("action-").values().stream().filter(VaadinUi::enabled).toList();
        List<VaadinUi.Node> flags = List.copyOf(ui.withIdPrefix("flag-").values());
        List<VaadinUi.Node> otherTabs = ui.withIdPrefix("tab-").values().stream()
                .filter(tab -> !"true".equals(tab.property("selected"))).toList();
        boolean sideBySide = ui.has("side-by-side");

        List<String> kinds = new ArrayList<>();
        List<Integer> weights = new ArrayList<>();
        if (!inspections.isEmpty()) {
            kinds.add("inspect");
            weights.add(35);
        }
        if (!flags.isEmpty()) {
            kinds.add("flag");
            weights.add(30);
        }
        if (!otherTabs.isEmpty()) {
            kinds.add("tab");
            weights.add(25);
        }
        if (ui.has("toggle-side-by-side")) {
            kinds.add("toggle");
            weights.add(sideBySide ? 60 : 10); // back to the tabs soon: a trainee compares, then reads on
        }
        if (kinds.isEmpty()) {
            throw new IllegalStateException("the attempt screen offers nothing to do: " + ui.withIdPrefix("").keySet());
        }
        int pick = random.nextInt(weights.stream().mapToInt(Integer::intValue).sum());
        int index = 0;
        while (pick >= weights.get(index)) {
            pick -= weights.get(index++);
        }
        return switch (kinds.get(index)) {
            case "inspect" -> inspect(ui, inspections.get(random.nextInt(inspections.size())));
            case "flag" -> flag(ui, flags, random);
            case "tab" -> tab(ui, otherTabs.get(random.nextInt(otherTabs.size())));
            default -> toggle(ui, sideBySide);
        };
    }

    private static Move inspect(VaadinUi ui, VaadinUi.Node button) {
        String action = button.elementId().substring("action-".length());
        return new Move("attempt: inspect", List.of(ui.click(button.id)),
                (after, session) -> after.has("finding-" + action) ? null : "inspection " + action + " shows no finding");
    }

    /** Mostly noting a flag not yet noted; now and then striking one again, as trainees change their minds. */
    private static Move flag(VaadinUi ui, List<VaadinUi.Node> flags, ThreadLocalRandom random) {
        List<VaadinUi.Node> open = flags.stream().filter(box -> !"true".equals(box.property("checked"))).toList();
        List<VaadinUi.Node> noted = flags.stream().filter(box -> "true".equals(box.property("checked"))).toList();
        boolean note = noted.isEmpty() || (!open.isEmpty() && random.nextInt(100) < 85);
        VaadinUi.Node checkbox = note ? open.get(random.nextInt(open.size())) : noted.get(random.nextInt(noted.size()));
        String id = checkbox.elementId();
        return new Move(note ? "attempt: note red flag" : "attempt: strike red flag",
                List.of(VaadinUi.propertySync(checkbox.id, "checked", note), VaadinUi.event(checkbox.id, "checked-changed")),
                (after, session) -> after.byId(id).map(box -> Boolean.toString(note).equals(box.property("checked"))).orElse(false)
                        ? null : "red flag " + id + " is not " + (note ? "noted" : "struck") + " after the move");
    }

    private static Move tab(VaadinUi ui, VaadinUi.Node tab) {
        String document = tab.elementId().substring("tab-".length());
        VaadinUi.Node tabs = ui.nodes.get(tab.parent);
        if (tabs == null) {
            throw new IllegalStateException("tab " + tab.elementId() + " has no tab bar");
        }
        int index = tabs.children.indexOf(tab.id);
        return new Move("attempt: read document",
                List.of(VaadinUi.propertySync(tabs.id, "selected", index), VaadinUi.event(tabs.id, "selected-changed")),
                (after, session) -> after.has("document-" + document) ? null : "document " + document + " not shown after choosing its tab");
    }

    private static Move toggle(VaadinUi ui, boolean sideBySideBefore) {
        boolean twoDocuments = ui.withIdPrefix("tab-").size() >= 2 || sideBySideBefore;
        return new Move("attempt: side by side", List.of(ui.click(ui.nodeOf("toggle-side-by-side"))),
                (after, session) -> {
                    boolean sideBySideNow = after.has("side-by-side");
                    if (!twoDocuments) {
                        return after.has("attempt-documents") ? null : "documents gone after the toggle";
                    }
                    return sideBySideNow != sideBySideBefore ? null : "the side-by-side toggle did not change the layout";
                });
    }

    /** One of the decision options of the current stage, as the radio group's value (the item key). */
    static List<ObjectNode> chooseDecision(VaadinUi ui) {
        return chooseRadio(ui, "decision-options");
    }

    static List<ObjectNode> chooseLegalBasis(VaadinUi ui) {
        return chooseRadio(ui, "decision-legal-basis");
    }

    private static List<ObjectNode> chooseRadio(VaadinUi ui, String groupId) {
        VaadinUi.Node group = ui.byId(groupId).orElseThrow(() -> new IllegalStateException("no #" + groupId));
        List<String> values = ui.children(group).stream()
                .filter(child -> "vaadin-radio-button".equals(child.tag) && child.property("value") != null && VaadinUi.enabled(child))
                .map(child -> child.property("value")).toList();
        if (values.isEmpty()) {
            throw new IllegalStateException("#" + groupId + " offers no choice");
        }
        String value = values.get(ThreadLocalRandom.current().nextInt(values.size()));
        ui.scratch.put(groupId, value);
        return List.of(VaadinUi.propertySync(group.id, "value", value), VaadinUi.event(group.id, "value-changed"));
    }

    /** What the browser sends when the user presses the confirm dialog's "Decide": confirm, then the dialog closes. */
    static List<ObjectNode> confirm(VaadinUi ui) {
        int dialog = ui.nodeOf("confirm-decision");
        return List.of(VaadinUi.event(dialog, "confirm"), VaadinUi.propertySync(dialog, "opened", false),
                VaadinUi.event(dialog, "opened-changed"), VaadinUi.event(dialog, "closed"));
    }

    static Map<String, VaadinUi.Node> startButtons(VaadinUi ui) {
        return ui.withIdPrefix("start-");
    }
}
