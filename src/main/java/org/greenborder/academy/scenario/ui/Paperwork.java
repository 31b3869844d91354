package org.greenborder.academy.scenario.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import java.util.Locale;
import org.greenborder.academy.guidance.MarkdownText;
import org.greenborder.academy.scenario.AttemptView;
import org.greenborder.academy.scenario.ScenarioDefinition;
import org.springframework.web.util.HtmlUtils;

/**
 * Scenario documents drawn as paper: a form header with the document's kind, its fields as a form, its lines as
 * a ruled table, notes as typed remarks, and cylinder labels as a picture. Every text from a scenario is HTML-escaped
 * before it goes into a sheet's fragment; Markdown passes through the guidance library's sanitiser.
 */
final class Paperwork {

    private Paperwork() {
    }

    /**
     * One document as one element: its inside is a single escaped HTML fragment rather than a tree of server-side
     * elements, because a sheet is read-only and a component per cell cost about 400 state nodes (and a good share
     * of the memory) per trainee on the attempt screen (docs/performance.md).
     */
    static Component sheet(AttemptView.Document document) {
        Div sheet = new Div();
        sheet.addClassNames("gba-paper", "gba-paper-" + document.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        sheet.setId("document-" + document.id());
        sheet.getElement().setProperty("innerHTML", sheetHtml(document));
        return sheet;
    }

    /** The inside of a sheet; every text is escaped, the cylinder drawing is built from escaped text too. */
    static String sheetHtml(AttemptView.Document document) {
        StringBuilder html = new StringBuilder(1024);
        html.append("<div class=\"gba-paper-kind\">").append(e(kindName(document.kind()))).append("</div>")
                .append("<div class=\"gba-paper-title\">").append(e(document.title())).append("</div>");
        if (!document.fields().isEmpty()) {
            html.append("<dl class=\"gba-paper-fields\">");
            for (ScenarioDefinition.Field field : document.fields()) {
                html.append("<dt>").append(e(field.label())).append("</dt><dd>").append(e(field.value())).append("</dd>");
            }
            html.append("</dl>");
        }
        if (document.table() != null) {
            html.append("<table class=\"gba-paper-table\"><thead><tr>");
            document.table().columns().forEach(column -> html.append("<th>").append(e(column)).append("</th>"));
            html.append("</tr></thead><tbody>");
            for (var row : document.table().rows()) {
                html.append("<tr>");
                row.forEach(cell -> html.append("<td>").append(e(cell)).append("</td>"));
                html.append("</tr>");
            }
            html.append("</tbody></table>");
        }
        if (document.label() != null) {
            html.append(labelSvg(document.label()));
        }
        if (document.notes() != null) {
            html.append("<div class=\"gba-paper-notes\">").append(e(document.notes())).append("</div>");
        }
        return html.toString();
    }

    static String kindName(ScenarioDefinition.DocumentKind kind) {
        return switch (kind) {
            case BASEL_NOTIFICATION -> "BASEL NOTIFICATION DOCUMENT";
            case BASEL_CONSENT -> "CONSENT TO TRANSBOUNDARY MOVEMENT";
            case MOVEMENT_DOCUMENT -> "BASEL MOVEMENT DOCUMENT";
            case CUSTOMS_DECLARATION -> "CUSTOMS DECLARATION";
            case CYLINDER_LABEL -> "CYLINDER LABEL (PHOTOGRAPH)";
            case SAFETY_DATA_SHEET -> "SAFETY DATA SHEET";
            default -> kind.name().replace('_', ' ');
        };
    }

    /** A cylinder with its label: product name large, chemical name, UN number, weight and markings. */
    static String labelSvg(ScenarioDefinition.Label label) {
        String colour = label.colour() == null ? "#9aa5ad" : label.colour();
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"gba-cylinder\" role=\"img\" viewBox=\"0 0 320 400\" width=\"320\" height=\"400\" xmlns=\"http://www.w3.org/2000/svg\">")
                .append("<title>").append(e("Cylinder labelled " + label.product())).append("</title>")
                .append("<rect x=\"135\" y=\"8\" width=\"50\" height=\"34\" rx=\"6\" fill=\"#555\"/>")
                .append("<path d=\"M60 90 Q60 42 160 42 Q260 42 260 90 L260 360 Q260 392 228 392 L92 392 Q60 392 60 360 Z\" fill=\"")
                .append(e(colour)).append("\" stroke=\"#333\" stroke-width=\"2\"/>")
                .append("<rect x=\"78\" y=\"130\" width=\"164\" height=\"200\" rx=\"4\" fill=\"#fdfdf8\" stroke=\"#444\"/>");
        int y = 168;
        svg.append(text(160, y, 28, "bold", label.product()));
        y += 24;
        if (label.chemicalName() != null) {
            svg.append(text(160, y, 11, "normal", label.chemicalName()));
            y += 16;
        }
        if (label.formula() != null) {
            svg.append(text(160, y, 11, "normal", label.formula()));
            y += 16;
        }
        if (label.un() != null) {
            svg.append("<rect x=\"120\" y=\"").append(y - 2).append("\" width=\"80\" height=\"20\" fill=\"#f47c20\"/>")
                    .append(text(160, y + 13, 12, "bold", label.un()));
            y += 30;
        }
        if (label.netWeight() != null) {
            svg.append(text(160, y, 12, "normal", "Net " + label.netWeight()));
            y += 16;
        }
        if (Boolean.FALSE.equals(label.refillable())) {
            svg.append(text(160, y, 10, "bold", "NON-REFILLABLE CONTAINER"));
            y += 14;
        } else if (Boolean.TRUE.equals(label.refillable())) {
            svg.append(text(160, y, 10, "bold", "REFILLABLE - RETURN TO SUPPLIER"));
            y += 14;
        }
        for (String marking : label.markings()) {
            if (y > 322) {
                break;
            }
            svg.append(text(160, y, 9, "normal", marking));
            y += 12;
        }
        return svg.append("</svg>").toString();
    }

    private static String text(int x, int y, int size, String weight, String value) {
        return "<text x=\"" + x + "\" y=\"" + y + "\" font-size=\"" + size + "\" font-weight=\"" + weight
                + "\" text-anchor=\"middle\" font-family=\"sans-serif\" fill=\"#111\">" + e(value) + "</text>";
    }

    private static String e(String text) {
        return HtmlUtils.htmlEscape(text == null ? "" : text);
    }

    /** Markdown from a scenario, sanitised. */
    static Component markdown(String markdown) {
        Div div = new Div();
        div.addClassName("gba-markdown");
        div.getElement().setProperty("innerHTML", MarkdownText.html(markdown));
        return div;
    }
}
