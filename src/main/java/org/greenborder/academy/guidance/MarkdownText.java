package org.greenborder.academy.guidance;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/**
 * Markdown to safe HTML and to plain text. Anyone with an editor's role writes Markdown, which may contain raw
 * HTML: the rendered HTML is always cleaned against an allow-list, so no script, style or event handler survives.
 */
public final class MarkdownText {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true).build();
    private static final TextContentRenderer TEXT = TextContentRenderer.builder().extensions(EXTENSIONS).build();
    private static final Safelist SAFE = Safelist.relaxed()
            .removeTags("img")
            .addProtocols("a", "href", "http", "https", "mailto")
            .addAttributes("th", "align").addAttributes("td", "align");

    private MarkdownText() {
    }

    /** Sanitised HTML of the Markdown, safe to put into a page. */
    public static String html(String markdown) {
        String raw = HTML.render(PARSER.parse(markdown == null ? "" : markdown));
        return Jsoup.clean(raw, SAFE);
    }

    /** The text without its leading title heading (the title is indexed and shown on its own). */
    static String plainText(String markdown) {
        if (markdown == null) {
            return "";
        }
        String body = markdown.stripLeading();
        if (body.startsWith("# ")) {
            int end = body.indexOf('\n');
            body = end < 0 ? "" : body.substring(end + 1);
        }
        return TEXT.render(PARSER.parse(body));
    }

    static List<String> headings(String markdown) {
        List<String> headings = new ArrayList<>();
        if (markdown == null) {
            return headings;
        }
        Node document = PARSER.parse(markdown);
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                StringBuilder text = new StringBuilder();
                heading.accept(new AbstractVisitor() {
                    @Override
                    public void visit(Text node) {
                        text.append(node.getLiteral());
                    }
                });
                headings.add(text.toString());
            }
        });
        return headings;
    }
}
