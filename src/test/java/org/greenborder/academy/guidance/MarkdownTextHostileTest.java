package org.greenborder.academy.guidance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.greenborder.academy.support.Hostile;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Markdown is the one text rendered as HTML (guidance documents, scenario briefings, stages and documents' notes):
 * whatever an author writes, scripts, event handlers, javascript: and data: addresses, styles and frames never
 * reach the page.
 */
class MarkdownTextHostileTest {

    static final List<String> ATTACKS = List.of(
            "<script>alert(1)</script>", "<SCRIPT SRC=//evil.example/x.js></SCRIPT>", "<img src=x onerror=alert(1)>",
            "<svg onload=alert(1)>", "<svg><script>alert(1)</script></svg>", "<iframe src=\"javascript:alert(1)\"></iframe>",
            "<a href=\"javascript:alert(1)\">click</a>", "<a href=\"JaVaScRiPt:alert(1)\">x</a>", "<a href=\"java\tscript:alert(1)\">x</a>",
            "<a href=\"&#106;avascript:alert(1)\">x</a>", "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
            "<a href=\"vbscript:msgbox(1)\">x</a>", "<p onclick=\"alert(1)\" style=\"background:url(javascript:alert(1))\">p</p>",
            "<div onmouseover=alert(1)>hover</div>", "<object data=\"data:text/html,<script>alert(1)</script>\"></object>",
            "<embed src=x.swf>", "<form action=//evil.example><input name=p></form>", "<style>body{display:none}</style>",
            "<link rel=stylesheet href=//evil.example/x.css>", "<meta http-equiv=refresh content=\"0;url=//evil.example\">",
            "<base href=//evil.example/>", "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
            "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">", "<!--<img src=x onerror=alert(1)>-->",
            "[click](javascript:alert(1))", "[click](JAVASCRIPT:alert(1))", "[x](data:text/html;base64,PHNjcmlwdD4=)",
            "![img](javascript:alert(1))", "![img](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
            "<javascript:alert(1)>", "[ref]\n\n[ref]: javascript:alert(1)", "<td onclick=alert(1)>x</td>",
            "| a | b |\n|---|---|\n| <img src=x onerror=alert(1)> | [x](javascript:alert(1)) |",
            "```html\n<script>alert(1)</script>\n```", "<details open ontoggle=alert(1)>", "<video><source onerror=alert(1)>",
            "<a href=\"https://example.org\" target=_blank>ok</a>", "<a href=\"//evil.example\" rel=opener>x</a>");

    static String markdown(SplittableRandom random) {
        StringBuilder text = new StringBuilder();
        int parts = 1 + random.nextInt(6);
        for (int i = 0; i < parts; i++) {
            text.append(switch (random.nextInt(5)) {
                case 0 -> Hostile.text(random, 20);
                case 1 -> Hostile.pick(random, List.of("# ", "## ", "> ", "* ", "1. ", "    ", "\n\n", "**", "_", "`", "| ", "\n"));
                default -> Hostile.pick(random, ATTACKS);
            });
        }
        return text.toString();
    }

    @Test
    void noScriptHandlerOrDangerousAddressSurvivesTheSanitiser() {
        Hostile.seed(20261204L, 500).check(MarkdownTextHostileTest::markdown, markdown -> {
            String html = MarkdownText.html(markdown);
            for (Element element : Jsoup.parseBodyFragment(html).body().getAllElements()) {
                assertThat(element.tagName()).as("tag").isNotIn("script", "iframe", "object", "embed", "form", "input", "style",
                        "link", "meta", "base", "svg", "math", "img", "video", "source", "details", "noscript");
                for (Attribute attribute : element.attributes()) {
                    String name = attribute.getKey().toLowerCase(Locale.ROOT);
                    String value = attribute.getValue().toLowerCase(Locale.ROOT).replaceAll("[\\s\\u0000-\\u001f]", "");
                    assertThat(name).as("attribute of <%s>", element.tagName()).doesNotStartWith("on").isNotIn("style", "srcdoc", "formaction");
                    if (name.equals("href") || name.equals("src") || name.equals("cite")) {
                        assertThat(value).as("%s of <%s>", name, element.tagName())
                                .doesNotStartWith("javascript:").doesNotStartWith("data:").doesNotStartWith("vbscript:");
                    }
                }
            }
        });
    }

    @Test
    void safeMarkupStays() {
        assertThat(MarkdownText.html("## Codes\n\n[Basel](https://www.basel.int) and **2903.71**\n\n| a | b |\n|---|---|\n| 1 | 2 |"))
                .contains("<h2>Codes</h2>", "<a href=\"https://www.basel.int\">Basel</a>", "<strong>2903.71</strong>", "<td>1</td>");
        assertThat(MarkdownText.html("[click](javascript:alert(1)) <script>alert(1)</script>"))
                .doesNotContain("javascript", "<script").contains("click");
    }
}
