package org.greenborder.academy.needs.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.greenborder.academy.needs.NeedsService;
import org.greenborder.academy.needs.SheetLine;

/** One line per theme: a need level from 1 to 5 (or not rated) and a comment. Used by analysts and by the survey. */
class RatingSheet extends Div {

    static final List<Integer> LEVELS = java.util.stream.IntStream.rangeClosed(NeedsService.MIN_LEVEL, NeedsService.MAX_LEVEL)
            .boxed().toList();
    static final Map<Integer, String> LEVEL_LABELS = Map.of(
            1, "1 – capacity in place", 2, "2 – minor need", 3, "3 – clear need", 4, "4 – serious need", 5, "5 – urgent need");

    private final Map<String, Select<Integer>> levels = new LinkedHashMap<>();
    private final Map<String, TextField> comments = new LinkedHashMap<>();
    private List<SheetLine> lines = List.of();

    RatingSheet() {
        addClassName("gba-rating-sheet");
        setId("rating-sheet");
    }

    void show(List<SheetLine> lines) {
        this.lines = lines;
        removeAll();
        levels.clear();
        comments.clear();
        for (SheetLine line : lines) {
            Span label = new Span(line.themeLabel());
            label.addClassName("gba-rating-theme");
            if (line.themeDescription() != null) {
                label.getElement().setAttribute("title", line.themeDescription());
            }
            Select<Integer> level = new Select<>();
            level.setId("level-" + line.themeCode());
            level.setItems(LEVELS);
            level.setItemLabelGenerator(value -> value == null ? "Not rated" : LEVEL_LABELS.get(value));
            level.setEmptySelectionAllowed(true);
            level.setEmptySelectionCaption("Not rated");
            level.setValue(line.level());
            level.setAriaLabel("Need level: " + line.themeLabel());
            TextField comment = new TextField();
            comment.setId("comment-" + line.themeCode());
            comment.setMaxLength(1000);
            comment.setPlaceholder("Comment (optional)");
            comment.setValue(line.comment() == null ? "" : line.comment());
            comment.setAriaLabel("Comment: " + line.themeLabel());
            comment.setWidthFull();
            levels.put(line.themeCode(), level);
            comments.put(line.themeCode(), comment);
            add(label, level, comment);
        }
    }

    /** The lines as edited, with the versions they were loaded with. */
    List<SheetLine> edited() {
        List<SheetLine> result = new ArrayList<>();
        for (SheetLine line : lines) {
            result.add(line.with(levels.get(line.themeCode()).getValue(), comments.get(line.themeCode()).getValue()));
        }
        return result;
    }

    Select<Integer> level(String themeCode) {
        return levels.get(themeCode);
    }

    TextField comment(String themeCode) {
        return comments.get(themeCode);
    }
}
