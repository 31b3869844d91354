package org.greenborder.academy.scenario.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.greenborder.academy.scenario.AttemptView;
import org.greenborder.academy.scenario.ScenarioDefinition;
import org.junit.jupiter.api.Test;

/** A sheet is one HTML fragment, so everything a scenario author wrote must arrive escaped. */
class PaperworkTest {

    private static final String HOSTILE = "<img src=x onerror=alert(1)>\"'&";

    @Test
    void everyTextOfADocumentIsEscapedInTheSheet() {
        var label = new ScenarioDefinition.Label(HOSTILE, HOSTILE, null, "UN 1078", "13.6 kg", false, "\"><script>x</script>",
                List.of(HOSTILE));
        var document = new AttemptView.Document("invoice", ScenarioDefinition.DocumentKind.CUSTOMS_DECLARATION, HOSTILE,
                List.of(new ScenarioDefinition.Field(HOSTILE, HOSTILE)),
                new ScenarioDefinition.Table(List.of(HOSTILE), List.of(List.of(HOSTILE))), HOSTILE, label);

        String html = Paperwork.sheetHtml(document);

        assertThat(html).doesNotContain("<img", "<script", "onerror=alert(1)>\"")
                .contains("&lt;img src=x onerror=alert(1)&gt;&quot;&#39;&amp;")
                .contains("<dt>&lt;img", "<td>&lt;img", "<th>&lt;img", "gba-paper-notes\">&lt;img")
                .contains("CUSTOMS DECLARATION", "NON-REFILLABLE CONTAINER", "viewBox=\"0 0 320 400\"");
    }

    @Test
    void theSheetCarriesTheDocumentsIdForItsTab() {
        var document = new AttemptView.Document("bl", ScenarioDefinition.DocumentKind.BILL_OF_LADING, "Bill of lading",
                List.of(new ScenarioDefinition.Field("Port of loading", "Nhava Sheva")), null, null, null);

        var sheet = Paperwork.sheet(document);

        assertThat(sheet.getId()).hasValue("document-bl");
        assertThat(sheet.getElement().getProperty("innerHTML"))
                .isEqualTo("<div class=\"gba-paper-kind\">BILL OF LADING</div><div class=\"gba-paper-title\">Bill of lading</div>"
                        + "<dl class=\"gba-paper-fields\"><dt>Port of loading</dt><dd>Nhava Sheva</dd></dl>");
    }
}
