package org.greenborder.academy.guidance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.greenborder.academy.security.SystemIdentity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The analysis on a small corpus of its own: synonyms, codes, typos, phrases, facets, highlighting. */
@SpringBootTest(properties = {"gba.guidance.import-on-start=false", "gba.demo-data.enabled=false"})
class GuidanceSearchTest {

    @Autowired
    GuidanceImporter importer;
    @Autowired
    GuidanceService guidance;
    @Autowired
    SystemIdentity system;

    @BeforeEach
    void corpus() {
        importer.importFiles(List.of(
                doc("hcfc-codes", "HS codes for HCFCs", "Montreal", "code-sheet", "hcfc, hs codes",
                        "## Chlorodifluoromethane\nHCFC-22 is classified under HS 2903.71. HCFC-141b goes under 2903.73."),
                doc("halons", "Halons in fire extinguishers", "Montreal", "guide", "halons",
                        "Halons 1211 and 1301 are classified under 2903.76."),
                doc("ewaste-2025", "Hazardous e-waste from 2025", "Basel", "legal-summary", "e-waste",
                        "Since 1 January 2025 hazardous electronic waste is A1181 and other e-waste Y49."),
                doc("ewaste-2024", "E-waste before 2025", "Basel", "legal-summary", "e-waste",
                        "Until 2024 hazardous electronic assemblies were listed as A1180."),
                doc("tbm-overview", "Controlling transboundary movements", "Basel", "guide", "procedure",
                        "A transboundary movement of hazardous wastes needs the consent of the state of import.\n\n"
                                + "The competent authority replies in writing."),
                doc("cylinders", "Disposable cylinders", "Montreal", "checklist", "cylinders",
                        "Non-refillable cylinders are a classic red flag for smuggled refrigerant.")));
    }

    @Test
    void r22FindsHcfc22ThroughTheSynonymList() {
        assertThat(top("R-22")).first().isEqualTo("hcfc-codes");
        assertThat(top("r22")).first().isEqualTo("hcfc-codes");
        assertThat(top("chlorodifluoromethane")).first().isEqualTo("hcfc-codes");
    }

    @Test
    void hsCodesMatchWhateverTheyAreWritten() {
        assertThat(top("290371")).containsExactly("hcfc-codes");
        assertThat(top("2903.71")).first().isEqualTo("hcfc-codes");
        assertThat(top("2903.71.00")).containsExactly("hcfc-codes");
        assertThat(top("2903.7")).containsExactlyInAnyOrder("hcfc-codes", "halons");
    }

    @Test
    void aSnippetWithoutAMatchIsTheShortBeginningOfTheText() {
        String longBody = "Cylinders &amp; labels. " + "word ".repeat(200);
        String snippet = GuidanceSearch.snippet(List.of(longBody));
        assertThat(snippet).startsWith("Cylinders &amp; labels.").endsWith(" …").hasSizeLessThanOrEqualTo(GuidanceSearch.SNIPPET_WITHOUT_MATCH + 2);
        assertThat(GuidanceSearch.snippet(List.of("a <mark>match</mark> " + "word ".repeat(100)))).contains("<mark>");
    }

    @Test
    void baselCodesMatchExactly() {
        assertThat(top("A1181")).containsExactly("ewaste-2025");
        assertThat(top("A1180")).containsExactly("ewaste-2024");
        assertThat(top("y49")).containsExactly("ewaste-2025");
    }

    @Test
    void typosAndAcronymsStillFindTheDocument() {
        assertThat(top("transboundery")).first().isEqualTo("tbm-overview");
        assertThat(top("TBM")).first().isEqualTo("tbm-overview");
        assertThat(top("CA reply")).first().isEqualTo("tbm-overview");
    }

    @Test
    void aMisspeltWordIsHighlightedAsTheLibrarySpellsIt() {
        SearchResults results = system.call(() -> guidance.search(SearchRequest.of("transboundery")));
        assertThat(results.hits().getFirst().snippet()).containsIgnoringCase("<mark>transboundary</mark>");
    }

    @Test
    void phrasesStayPhrases() {
        assertThat(top("\"state of import\"")).containsExactly("tbm-overview");
        assertThat(top("\"import state\"")).isEmpty();
    }

    @Test
    void snippetsHighlightTheMatchAndFacetsCount() {
        SearchResults results = system.call(() -> guidance.search(SearchRequest.of("refrigerant cylinders")));
        assertThat(results.hits().getFirst().snippet()).contains("<mark>");
        assertThat(results.facets().get("conventions")).containsEntry("Montreal", 1L);

        SearchResults all = system.call(() -> guidance.search(new SearchRequest("", Set.of("Basel"), Set.of(), Set.of(), Set.of(), 10, 0)));
        assertThat(all.hits()).extracting(SearchResults.Hit::id).containsExactlyInAnyOrder("ewaste-2025", "ewaste-2024", "tbm-overview");
    }

    @Test
    void nothingFoundOffersASpellingThatFindsSomething() {
        SearchResults results = system.call(() -> guidance.search(SearchRequest.of("\"dispossable cilinders\"")));
        assertThat(results.total()).isZero();
        assertThat(results.didYouMean()).isEqualTo("\"disposable cylinders\"");
    }

    @Test
    void suggestionsWhileTyping() {
        assertThat(system.call(() -> guidance.suggest("hazard", 5))).contains("Hazardous e-waste from 2025");
    }

    @Test
    void aWordTooLongForLuceneIsCutNotThrown() {
        // found by GuidanceSearchHostileTest: "input automaton is too large" from the prefix, wildcard and fuzzy terms
        String lao = "ຄຳເພັດ".repeat(80);
        assertThat(top(lao + "*")).isEmpty();
        assertThat(top("transboundary" + "y".repeat(400))).isEmpty();
        assertThat(top("transboundary " + lao)).contains("tbm-overview");
        assertThat(system.call(() -> guidance.suggest(lao.repeat(10), 6))).isEmpty();
        assertThat(system.call(() -> guidance.suggest("Controlling " + "x".repeat(5000), 6))).isEmpty();
    }

    @Test
    void aQueryOfHundredsOfWordsSearchesItsFirstWordsInsteadOfThrowing() {
        // found by GuidanceSearchHostileTest: words, synonyms and wildcards made more than Lucene's 1024 clauses
        String words = String.join(" ", java.util.Collections.nCopies(40, "transboundary e-waste* 2903.71 A1180 cylinders~ hcfc r22"));
        assertThat(top(words)).contains("tbm-overview");
        assertThat(QueryText.tokens(words)).hasSize(QueryText.MAX_TOKENS);
    }

    private List<String> top(String query) {
        return system.call(() -> guidance.search(SearchRequest.of(query))).hits().stream().map(SearchResults.Hit::id).toList();
    }

    static ContentFile doc(String id, String title, String convention, String type, String topics, String body) {
        return new ContentFile(id + ".md", """
                ---
                id: %s
                title: "%s"
                conventions: [%s]
                topics: [%s]
                audience: [customs]
                type: %s
                language: en
                sources:
                  - "Test source"
                last_reviewed: 2026-11-01
                ---
                # %s

                %s
                """.formatted(id, title, convention, topics, type, title, body));
    }
}
