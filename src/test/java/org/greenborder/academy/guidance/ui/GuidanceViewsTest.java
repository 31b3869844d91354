package org.greenborder.academy.guidance.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Set;
import org.greenborder.academy.guidance.DocumentStatus;
import org.greenborder.academy.guidance.GuidanceService;
import org.greenborder.academy.guidance.SearchRequest;
import org.greenborder.academy.security.SystemIdentity;
import org.greenborder.academy.support.BrowserlessTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

/** The library's pages on the real corpus from content/, driven as an officer and an organiser would. */
@SpringBootTest
class GuidanceViewsTest extends BrowserlessTestBase {

    @Autowired
    GuidanceService guidance;
    @Autowired
    SystemIdentity system;

    @Test
    @WithMockUser(username = "officer", roles = "TRAINEE")
    void facetsNarrowTheResults() {
        GuidanceSearchView view = navigate(GuidanceSearchView.class);
        test(view.query).setValue("cylinders");
        test(view.searchButton).click();
        List<String> all = view.resultIds();
        assertThat(all).isNotEmpty();
        var conventions = view.facets.get("conventions");
        assertThat(conventions.getListDataView().getItems().toList()).contains("Montreal");

        conventions.setValue(Set.of("Basel"));
        List<String> basel = view.resultIds();
        assertThat(basel).isNotEqualTo(all);
        basel.forEach(id -> assertThat(system.call(() -> guidance.get(id)).getConventions()).contains("Basel"));
    }

    @Test
    @WithMockUser(username = "officer", roles = "TRAINEE")
    void nothingFoundOffersASuggestionThatSearchesWhenClicked() {
        GuidanceSearchView view = navigate(GuidanceSearchView.class);
        test(view.query).setValue("refrigerent cilinders");
        test(view.searchButton).click();
        // fuzzy matching already finds these; a garbled quoted phrase finds nothing and gets a suggestion
        test(view.query).setValue("\"disposible cylindres\"");
        test(view.searchButton).click();
        assertThat(view.total.getText()).isEqualTo("No document found.");
        Button suggestion = find(Button.class).withId("guidance-suggestion").single();
        assertThat(suggestion.getText()).startsWith("Did you mean:");
        test(suggestion).click();
        assertThat(view.resultIds()).isNotEmpty();
    }

    @Test
    @WithMockUser(username = "officer", roles = "TRAINEE")
    void theShellSearchBoxLeadsToTheLibraryAndADocumentOpens() {
        navigate(GuidanceSearchView.class);
        TextField shell = find(TextField.class).withId("shell-search").single();
        test(shell).setValue("R22 bottles code");
        com.vaadin.flow.component.ComponentUtil.fireEvent(shell, new com.vaadin.flow.component.KeyPressEvent(shell, "Enter"));
        GuidanceSearchView view = find(GuidanceSearchView.class).single();
        assertThat(view.query.getValue()).isEqualTo("R22 bottles code");
        assertThat(view.resultIds()).isNotEmpty();

        String first = view.resultIds().getFirst();
        GuidanceDocumentView document = navigate(GuidanceDocumentView.class, first);
        assertThat(document.content.getElement().getProperty("innerHTML")).contains("<h1>");
    }

    @Test
    @WithMockUser(username = "officer", roles = "TRAINEE")
    void hostileSearchesInTheTopBarShowResultsOrAMessageAndNoError() {
        navigate(GuidanceSearchView.class);
        List<String> pieces = List.of("+", "-", "&&", "||", "!", "(", ")", "{", "}", "[", "]", "^", "\"", "~", "*", "?", ":", "\\", "/",
                "AND", "title:", "2903.71.00", "A1181", "ຄຳເພັດ", "مرحبا", "\u202E", "🙂", "\u0000", "<script>alert(1)</script>");
        org.greenborder.academy.support.Hostile.seed(20261204L, 60).check(random -> {
            StringBuilder typed = new StringBuilder();
            int count = 1 + random.nextInt(random.nextInt(6) == 0 ? 200 : 6);
            for (int i = 0; i < count; i++) {
                typed.append(org.greenborder.academy.support.Hostile.pick(random, pieces)).append(random.nextBoolean() ? " " : "");
            }
            return typed.length() > 500 ? typed.substring(0, 500) : typed.toString();
        }, typed -> {
            TextField shell = find(TextField.class).withId("shell-search").single();
            test(shell).setValue(typed);
            com.vaadin.flow.component.ComponentUtil.fireEvent(shell, new com.vaadin.flow.component.KeyPressEvent(shell, "Enter"));
            GuidanceSearchView view = find(GuidanceSearchView.class).single();
            assertThat(view.total.getText()).matches("No document found\\.|\\d+ document\\(s\\)|The search is too wide.*");
            assertThat(find(com.vaadin.flow.component.notification.Notification.class).all())
                    .noneMatch(notification -> "gba-error-notification".equals(notification.getId().orElse(null)));
        });
    }

    @Test
    @WithMockUser(username = "writer", roles = "ORGANISER")
    void anOrganiserWritesAPublishesADocumentAndFindsItAtOnce() {
        GuidanceEditorView editor = navigate(GuidanceEditorView.class);
        test(editor.slug).setValue("vientiane-port-contacts-test");
        test(editor.title).setValue("Wattay and Thanaleng: who to call about a suspicious cylinder");
        editor.conventions.setValue(Set.of("Montreal"));
        editor.audience.setValue(Set.of("customs"));
        editor.type.setValue("guide");
        editor.status.setValue(DocumentStatus.PUBLISHED);
        test(editor.markdown).setValue("# Contacts\n\nCall the national ozone unit (quokkaphone line) before opening a cylinder.\n\n<script>x()</script>");
        assertThat(editor.preview.getElement().getProperty("innerHTML")).contains("<h1>Contacts</h1>").doesNotContain("<script");
        test(editor.save).click();

        assertThat(find(GuidanceDocumentView.class).exists()).isTrue();
        assertThat(system.call(() -> guidance.search(SearchRequest.of("quokkaphone"))).hits())
                .extracting(hit -> hit.id()).containsExactly("vientiane-port-contacts-test");
    }

    @Test
    @WithMockUser(username = "officer", roles = "TRAINEE")
    void aTraineeCannotOpenTheEditor() {
        navigate("guidance/write", com.vaadin.flow.component.Component.class);
        assertThat(find(GuidanceEditorView.class).exists()).isFalse();
    }
}
