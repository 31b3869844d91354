package org.greenborder.academy.guidance;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.Set;
import org.greenborder.academy.security.Role;
import org.greenborder.academy.support.SignedIn;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The start-up check of the search index against the database (the rows are the truth): an index that lost its
 * documents, or that a restored database no longer matches, is brought in step; one in step is left alone. Damaged
 * index files are in {@code SearchIndexRecoveryIT}, which needs a real process and a real folder.
 */
@SpringBootTest(properties = {"gba.guidance.import-on-start=false", "gba.demo-data.enabled=false",
        // a context of its own: the rows it saves and deletes must not reach GuidanceSearchTest's small corpus
        "gba.guidance.index-repair-interval=PT1H"})
class GuidanceIndexTest {

    @Autowired
    GuidanceImporter importer;
    @Autowired
    GuidanceStartup startup;
    @Autowired
    GuidanceIndex index;
    @Autowired
    GuidanceService guidance;
    @Autowired
    GuidanceDocumentRepository documents;
    @Autowired
    EntityManagerFactory entityManagerFactory;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SecurityContextHolderStrategy contextHolder;

    @BeforeEach
    void corpus() {
        importer.importFiles(List.of(
                GuidanceSearchTest.doc("halons", "Halons in fire extinguishers", "Montreal", "guide", "halons",
                        "Halons 1211 and 1301 are classified under 2903.76."),
                GuidanceSearchTest.doc("cylinders", "Disposable cylinders", "Montreal", "checklist", "cylinders",
                        "Non-refillable cylinders are a classic red flag for smuggled refrigerant."),
                GuidanceSearchTest.doc("ewaste", "Hazardous e-waste", "Basel", "legal-summary", "e-waste",
                        "Hazardous electronic waste is A1181.")));
        startup.run(null);
    }

    @Test
    void anIndexThatLostItsDocumentsIsRebuiltAtStart() {
        Search.mapping(entityManagerFactory).scope(GuidanceDocument.class).schemaManager().dropAndCreate();
        assertThat(hits("halons")).isEmpty();
        assertThat(index.difference()).contains("holds 0 of " + documents.count() + " documents");

        startup.run(null);

        assertThat(hits("halons")).containsExactly("halons");
        assertThat(hits("cylinders")).containsExactly("cylinders");
        assertThat(index.difference()).isNull();
    }

    @Test
    void rowsChangedBehindTheIndexsBackAreReindexedAtStart() {
        // as after restoring a database backup: a title changed and a document gone, and the index knows nothing
        jdbc.update("update guidance_document set title = 'Refillable cylinders', version = version + 1 where slug = 'cylinders'");
        Long ewaste = jdbc.queryForObject("select id from guidance_document where slug = 'ewaste'", Long.class);
        for (String table : List.of("guidance_convention", "guidance_topic", "guidance_audience")) {
            jdbc.update("delete from " + table + " where document_id = ?", ewaste);
        }
        jdbc.update("delete from guidance_document where id = ?", ewaste);
        assertThat(index.difference()).contains("1 outdated, 1 deleted");

        startup.run(null);

        assertThat(titles("cylinders")).containsExactly("Refillable cylinders");
        assertThat(hits("A1181")).isEmpty();
        assertThat(hits("halons")).containsExactly("halons");
        assertThat(index.difference()).isNull();
    }

    @Test
    void aSaveThatChangesNothingSearchableStillKeepsTheIndexInStep() {
        GuidanceDocument written = new GuidanceDocument();
        written.setSlug("drums");
        written.setTitle("Drums of recovered refrigerant");
        written.setConventions(Set.of("Montreal"));
        written.setAudience(Set.of("customs"));
        written.setType("checklist");
        written.setMarkdown("Recovered gas in drums.");
        written.setStatus(DocumentStatus.PUBLISHED);
        GuidanceDocument saved = SignedIn.as(contextHolder, "olga", Role.ORGANISER, () -> guidance.save(written));
        // saved again unchanged: only the version and the time of the change move
        SignedIn.as(contextHolder, "olga", Role.ORGANISER, () -> guidance.save(saved));

        assertThat(documents.findBySlug("drums").orElseThrow().getVersion()).isEqualTo(saved.getVersion() + 1);
        assertThat(index.difference()).isNull();
        assertThat(index.unreadable()).isNull();
    }

    private List<SearchResults.Hit> search(String query) {
        return SignedIn.as(contextHolder, "tina", Role.TRAINEE,
                () -> guidance.search(new SearchRequest(query, Set.of(), Set.of(), Set.of(), Set.of(), 10, 0))).hits();
    }

    private List<String> hits(String query) {
        return search(query).stream().map(SearchResults.Hit::id).toList();
    }

    private List<String> titles(String query) {
        return search(query).stream().map(SearchResults.Hit::title).toList();
    }
}
