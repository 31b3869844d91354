package org.greenborder.academy.guidance.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.greenborder.academy.guidance.GuidanceService;
import org.greenborder.academy.guidance.SearchRequest;
import org.greenborder.academy.guidance.SearchResults;
import org.greenborder.academy.shared.RuleViolationException;
import org.greenborder.academy.guidance.Vocabulary;

/** The library's search: words, codes or acronyms; facets to narrow; highlighted snippets; spelling help. */
@Route("guidance")
@PageTitle("Guidance library")
@Menu(title = "Guidance library", order = 200, icon = "vaadin:book")
@PermitAll
class GuidanceSearchView extends VerticalLayout implements BeforeEnterObserver {

    static final int PAGE = 20;

    final TextField query = new TextField();
    final Button searchButton = new Button("Search", VaadinIcon.SEARCH.create());
    final Div suggestions = new Div();
    final Span total = new Span();
    final Div didYouMean = new Div();
    final Div results = new Div();
    final Map<String, CheckboxGroup<String>> facets = new LinkedHashMap<>();

    private final GuidanceService guidance;
    private boolean updatingFacets;

    GuidanceSearchView(GuidanceService guidance) {
        this.guidance = guidance;
        setId("guidance-search-view");
        setMaxWidth("80rem");
        query.setId("guidance-query");
        query.setPlaceholder("e.g. R22 bottles code, used computers export, A1181, 2903.71");
        query.setWidth("40rem");
        query.setClearButtonVisible(true);
        query.setMaxLength(500);
        query.setValueChangeMode(ValueChangeMode.LAZY);
        query.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                showSuggestions();
            }
        });
        query.addKeyPressListener(Key.ENTER, press -> search());
        searchButton.setId("guidance-search");
        searchButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        searchButton.addClickListener(click -> search());
        suggestions.setId("guidance-suggestions");
        suggestions.addClassName("gba-suggestions");
        total.setId("guidance-total");
        didYouMean.setId("guidance-did-you-mean");
        results.setId("guidance-results");
        results.addClassName("gba-results");

        VerticalLayout facetColumn = new VerticalLayout();
        facetColumn.setPadding(false);
        facetColumn.setWidth("16rem");
        for (String facet : List.of("conventions", "types", "topics", "audiences")) {
            CheckboxGroup<String> group = new CheckboxGroup<>(switch (facet) {
                case "conventions" -> "Convention";
                case "types" -> "Document type";
                case "topics" -> "Topic";
                default -> "Audience";
            });
            group.setId("facet-" + facet);
            group.addThemeName("vertical");
            group.addValueChangeListener(change -> {
                if (!updatingFacets) {
                    search();
                }
            });
            facets.put(facet, group);
            facetColumn.add(group);
        }
        HorizontalLayout bar = new HorizontalLayout(query, searchButton);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        VerticalLayout main = new VerticalLayout(total, didYouMean, results);
        main.setPadding(false);
        HorizontalLayout body = new HorizontalLayout(facetColumn, main);
        body.setWidthFull();
        body.setFlexGrow(1, main);
        add(bar, suggestions, body);
        if (guidance.canWrite()) {
            Anchor write = new Anchor("guidance/write", "Write a document");
            write.setId("guidance-write-link");
            add(write);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> q = event.getLocation().getQueryParameters().getParameters().getOrDefault("q", List.of());
        query.setValue(q.isEmpty() ? "" : q.getFirst());
        search();
    }

    void search() {
        suggestions.removeAll();
        SearchRequest request = new SearchRequest(query.getValue(), selected("conventions"), selected("topics"),
                selected("types"), selected("audiences"), PAGE, 0);
        SearchResults found;
        try {
            found = guidance.search(request);
        } catch (RuleViolationException tooWide) {
            // said where the results would be, like "No document found."
            total.setText(tooWide.getMessage());
            didYouMean.removeAll();
            results.removeAll();
            return;
        }
        total.setText(found.total() == 0 ? "No document found." : found.total() + " document(s)");
        didYouMean.removeAll();
        if (found.didYouMean() != null) {
            Button suggestion = new Button("Did you mean: " + found.didYouMean() + "?", click -> {
                query.setValue(found.didYouMean());
                search();
            });
            suggestion.setId("guidance-suggestion");
            suggestion.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            didYouMean.add(suggestion);
        }
        results.removeAll();
        for (SearchResults.Hit hit : found.hits()) {
            results.add(card(hit));
        }
        updateFacets(found.facets());
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                "guidance" + (query.getValue().isBlank() ? "" : "?" + QueryParameters.of("q", query.getValue()).getQueryString())));
    }

    private Div card(SearchResults.Hit hit) {
        Div card = new Div();
        card.addClassName("gba-result");
        card.setId("result-" + hit.id());
        Anchor title = new Anchor("guidance/doc/" + hit.id(), hit.title());
        title.addClassName("gba-result-title");
        H3 heading = new H3(title);
        // the snippet is HTML-escaped by the highlighter; only its <mark> tags are markup
        Div snippet = new Div();
        snippet.getElement().setProperty("innerHTML", hit.snippet());
        snippet.addClassName("gba-snippet");
        Span meta = new Span(Vocabulary.label(hit.type()) + " · " + String.join(", ", hit.conventions())
                + (hit.topics().isEmpty() ? "" : " · " + String.join(", ", hit.topics())));
        meta.addClassName("gba-muted");
        card.add(heading, snippet, meta);
        return card;
    }

    private void updateFacets(Map<String, Map<String, Long>> counts) {
        updatingFacets = true;
        try {
            facets.forEach((name, group) -> {
                Set<String> selected = group.getValue();
                Map<String, Long> values = new LinkedHashMap<>(counts.getOrDefault(name, Map.of()));
                selected.forEach(value -> values.putIfAbsent(value, 0L));
                group.setItems(values.keySet().stream().sorted().toList());
                group.setItemLabelGenerator(value -> Vocabulary.label(value) + " (" + values.getOrDefault(value, 0L) + ")");
                group.setValue(selected);
                group.setVisible(!values.isEmpty());
            });
        } finally {
            updatingFacets = false;
        }
    }

    private void showSuggestions() {
        suggestions.removeAll();
        for (String suggestion : guidance.suggest(query.getValue(), 6)) {
            Button item = new Button(suggestion, click -> {
                query.setValue(suggestion);
                search();
            });
            item.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            suggestions.add(item);
        }
    }

    private Set<String> selected(String facet) {
        return facets.get(facet).getValue();
    }

    List<String> resultIds() {
        return results.getChildren().map(component -> component.getId().orElse("").replace("result-", "")).toList();
    }

    static Paragraph hint(String text) {
        Paragraph paragraph = new Paragraph(text);
        paragraph.addClassName("gba-muted");
        return paragraph;
    }
}
