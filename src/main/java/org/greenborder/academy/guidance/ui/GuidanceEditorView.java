package org.greenborder.academy.guidance.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.greenborder.academy.guidance.DocumentOrigin;
import org.greenborder.academy.guidance.DocumentStatus;
import org.greenborder.academy.guidance.GuidanceDocument;
import org.greenborder.academy.guidance.GuidanceService;
import org.greenborder.academy.guidance.IndexNotUpdatedException;
import org.greenborder.academy.guidance.MarkdownText;
import org.greenborder.academy.guidance.Vocabulary;
import org.greenborder.academy.shared.ConcurrentEditException;
import org.greenborder.academy.shared.NotFoundException;
import org.greenborder.academy.shared.RuleViolationException;

/** Organisers and administrators write guidance in Markdown, with a live (sanitised) preview, and publish it. */
@Route("guidance/write")
@PageTitle("Write guidance")
@RolesAllowed({"ADMIN", "ORGANISER"})
class GuidanceEditorView extends HorizontalLayout implements HasUrlParameter<String> {

    final TextField slug = new TextField("Id (in links)");
    final TextField title = new TextField("Title");
    final CheckboxGroup<String> conventions = new CheckboxGroup<>("Conventions");
    final MultiSelectComboBox<String> topics = new MultiSelectComboBox<>("Topics");
    final CheckboxGroup<String> audience = new CheckboxGroup<>("Audience");
    final Select<String> type = new Select<>();
    final DatePicker lastReviewed = new DatePicker("Last reviewed");
    final TextArea sources = new TextArea("Sources (one per line)");
    final TextArea markdown = new TextArea("Text (Markdown)");
    final Select<DocumentStatus> status = new Select<>();
    final Div preview = new Div();
    final Paragraph error = new Paragraph();
    final Button save = new Button("Save");

    private final GuidanceService guidance;
    private final BeanValidationBinder<GuidanceDocument> binder = new BeanValidationBinder<>(GuidanceDocument.class);
    private GuidanceDocument document = fresh();

    GuidanceEditorView(GuidanceService guidance) {
        this.guidance = guidance;
        setId("guidance-editor-view");
        setWidthFull();
        slug.setId("guidance-slug");
        slug.setHelperText("lower-case letters, digits and hyphens, e.g. hcfc-licensing-viet-nam");
        title.setId("guidance-title");
        title.setWidthFull();
        conventions.setId("guidance-conventions");
        conventions.setItems(Vocabulary.CONVENTIONS);
        topics.setId("guidance-topics");
        topics.setItems(new ArrayList<>(guidance.topics()));
        topics.setAllowCustomValue(true);
        topics.addCustomValueSetListener(custom -> {
            Set<String> values = new LinkedHashSet<>(topics.getValue());
            String value = custom.getDetail().strip().toLowerCase();
            List<String> items = new ArrayList<>(guidance.topics());
            items.add(value);
            topics.setItems(items);
            values.add(value);
            topics.setValue(values);
        });
        audience.setId("guidance-audience");
        audience.setItems(Vocabulary.AUDIENCES);
        audience.setItemLabelGenerator(Vocabulary::label);
        type.setLabel("Document type");
        type.setId("guidance-type");
        type.setItems(Vocabulary.DOCUMENT_TYPES);
        type.setItemLabelGenerator(Vocabulary::label);
        status.setLabel("Status");
        status.setId("guidance-status");
        status.setItems(DocumentStatus.values());
        status.setItemLabelGenerator(value -> switch (value) {
            case DRAFT -> "Draft (only organisers see it)";
            case PUBLISHED -> "Published";
            case ARCHIVED -> "Archived";
        });
        sources.setId("guidance-sources");
        sources.setWidthFull();
        markdown.setId("guidance-markdown");
        markdown.setWidthFull();
        markdown.setMinHeight("24rem");
        markdown.setValueChangeMode(ValueChangeMode.LAZY);
        markdown.addValueChangeListener(change -> renderPreview());
        preview.setId("guidance-preview");
        preview.addClassName("gba-document");
        error.setId("guidance-editor-error");
        error.addClassName("gba-error");
        error.setVisible(false);
        save.setId("guidance-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());

        binder.forField(slug).bind("slug");
        binder.forField(title).bind("title");
        binder.forField(conventions).bind(GuidanceDocument::getConventions, GuidanceDocument::setConventions);
        binder.forField(topics).bind(GuidanceDocument::getTopics, GuidanceDocument::setTopics);
        binder.forField(audience).bind(GuidanceDocument::getAudience, GuidanceDocument::setAudience);
        binder.forField(type).asRequired("Choose the document type").bind("type");
        binder.forField(lastReviewed).bind("lastReviewed");
        binder.forField(sources).withNullRepresentation("").bind("sources");
        binder.forField(markdown).bind("markdown");
        binder.forField(status).bind("status");

        FormLayout form = new FormLayout(slug, type, title, conventions, audience, topics, lastReviewed, status, sources, markdown);
        form.setColspan(title, 2);
        form.setColspan(topics, 2);
        form.setColspan(sources, 2);
        form.setColspan(markdown, 2);
        VerticalLayout editor = new VerticalLayout(new H3("Document"), error, form, save);
        editor.setWidth("50%");
        VerticalLayout side = new VerticalLayout(new H3("Preview"), preview, myDocuments());
        side.setWidth("50%");
        add(editor, side);
        binder.readBean(document);
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String slugParameter) {
        if (slugParameter == null) {
            return;
        }
        try {
            GuidanceDocument found = guidance.get(slugParameter);
            if (found.getOrigin() != DocumentOrigin.EDITOR) {
                showError("This document comes from a file in content/ and is changed in that file.");
                save.setEnabled(false);
            }
            document = found;
            binder.readBean(document);
            slug.setReadOnly(true);
            renderPreview();
        } catch (NotFoundException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class, "No such document");
        }
    }

    void save() {
        try {
            binder.writeBean(document);
        } catch (ValidationException e) {
            showError(e.getBeanValidationErrors().stream().map(failure -> failure.getErrorMessage()).findFirst()
                    .orElse("Check the highlighted fields"));
            return;
        }
        try {
            GuidanceDocument saved = guidance.save(document);
            getUI().ifPresent(ui -> ui.navigate(GuidanceDocumentView.class, saved.getSlug()));
        } catch (RuleViolationException | ConcurrentEditException e) {
            showError(e.getMessage());
        } catch (IndexNotUpdatedException e) {
            // saved all the same: the editor now holds the saved document, so saving again updates it
            document = e.saved();
            binder.readBean(document);
            slug.setReadOnly(true);
            showError(e.getMessage());
        }
    }

    private void renderPreview() {
        preview.getElement().setProperty("innerHTML", MarkdownText.html(markdown.getValue()));
    }

    private void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }

    private VerticalLayout myDocuments() {
        UnorderedList list = new UnorderedList();
        for (GuidanceDocument written : guidance.writtenInTheApp()) {
            list.add(new ListItem(new Anchor("guidance/write/" + written.getSlug(), written.getTitle()),
                    new com.vaadin.flow.component.html.Span(" · " + written.getStatus().name().toLowerCase())));
        }
        VerticalLayout box = new VerticalLayout(new H3("Written in the app"), list);
        box.setPadding(false);
        return box;
    }

    private static GuidanceDocument fresh() {
        GuidanceDocument document = new GuidanceDocument();
        document.setStatus(DocumentStatus.DRAFT);
        document.setLanguage("en");
        document.setLastReviewed(LocalDate.now());
        document.setMarkdown("");
        return document;
    }
}
