package org.greenborder.academy.guidance.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.greenborder.academy.guidance.DocumentOrigin;
import org.greenborder.academy.guidance.DocumentStatus;
import org.greenborder.academy.guidance.GuidanceDocument;
import org.greenborder.academy.guidance.GuidanceService;
import org.greenborder.academy.guidance.MarkdownText;
import org.greenborder.academy.guidance.Vocabulary;
import org.greenborder.academy.shared.NotFoundException;

/** One guidance document, rendered from its Markdown (sanitised), with what it covers and its sources. */
@Route("guidance/doc")
@PermitAll
class GuidanceDocumentView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    final Div content = new Div();
    final Span meta = new Span();
    private final GuidanceService guidance;
    private String title = "Guidance";

    GuidanceDocumentView(GuidanceService guidance) {
        this.guidance = guidance;
        setId("guidance-document-view");
        setMaxWidth("56rem");
        content.setId("guidance-document");
        content.addClassName("gba-document");
        meta.setId("guidance-document-meta");
        meta.addClassName("gba-muted");
    }

    @Override
    public void setParameter(BeforeEvent event, String slug) {
        GuidanceDocument document;
        try {
            document = guidance.get(slug);
        } catch (NotFoundException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class, "No such document");
            return;
        }
        title = document.getTitle();
        removeAll();
        meta.setText(Vocabulary.label(document.getType()) + " · " + String.join(", ", document.getConventions())
                + (document.getTopics().isEmpty() ? "" : " · " + String.join(", ", document.getTopics()))
                + (document.getLastReviewed() == null ? "" : " · last reviewed " + document.getLastReviewed())
                + (document.getStatus() == DocumentStatus.PUBLISHED ? "" : " · " + document.getStatus().name().toLowerCase()));
        content.getElement().setProperty("innerHTML", MarkdownText.html(document.getMarkdown()));
        add(new Anchor("guidance", "← Guidance library"), meta, content);
        if (!document.sourceList().isEmpty()) {
            UnorderedList sources = new UnorderedList();
            document.sourceList().forEach(source -> sources.add(new ListItem(source)));
            add(new H4("Sources"), sources);
        }
        if (guidance.canWrite() && document.getOrigin() == DocumentOrigin.EDITOR) {
            Anchor edit = new Anchor("guidance/write/" + document.getSlug(), "Edit this document");
            edit.setId("guidance-edit-link");
            add(edit);
        } else if (guidance.canWrite()) {
            add(GuidanceSearchView.hint("This document comes from content/guidance/" + document.getSourcePath()
                    + " and is changed in that file."));
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
