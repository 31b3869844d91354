package org.greenborder.academy.guidance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.greenborder.academy.security.Role;
import org.greenborder.academy.support.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * A full disk under the search index, on a real index on disk whose writes start failing with "No space left on
 * device" (FullDiskDirectoryProvider). The decision shown here: the database commit stands (the rows are the truth and
 * the author's text is not lost), the author is told that search may not find the change yet, the index keeps
 * answering from its last commit, and a later repair brings it in step once there is space again.
 */
@SpringBootTest(properties = {"gba.guidance.import-on-start=false", "gba.demo-data.enabled=false",
        "spring.jpa.properties.hibernate.search.backend.directory.type=class:org.greenborder.academy.guidance.FullDiskDirectoryProvider"})
class FullDiskIndexTest {

    @Autowired
    GuidanceImporter importer;
    @Autowired
    GuidanceService guidance;
    @Autowired
    GuidanceIndex index;
    @Autowired
    GuidanceDocumentRepository documents;
    @Autowired
    SecurityContextHolderStrategy contextHolder;

    @AfterEach
    void freeSpace() {
        FullDiskDirectoryProvider.free();
    }

    @Test
    void aSaveOnAFullDiskStandsIsReportedAndTheIndexCatchesUpOnceThereIsSpace() {
        importer.importFiles(List.of(GuidanceSearchTest.doc("halons", "Halons in fire extinguishers", "Montreal", "guide",
                "halons", "Halons 1211 and 1301 are classified under 2903.76.")));
        GuidanceDocument cylinders = save(document("cylinders", "Disposable cylinders",
                "Non-refillable cylinders are a classic red flag for smuggled refrigerant."));
        assertThat(hits("cylinders")).containsExactly("cylinders");

        FullDiskDirectoryProvider.fill();
        GuidanceDocument drums = document("drums", "Drums of recovered refrigerant", "Quokkadrum labels on recovered gas.");
        assertThatThrownBy(() -> save(drums))
                .isInstanceOf(IndexNotUpdatedException.class)
                .hasMessageContaining("The document is saved, but the search could not be updated")
                .hasMessageContaining("disk is full")
                .satisfies(e -> assertThat(((IndexNotUpdatedException) e).saved().getSlug()).isEqualTo("drums"));
        cylinders.setTitle("Refillable and disposable cylinders");
        assertThatThrownBy(() -> save(cylinders)).isInstanceOf(IndexNotUpdatedException.class);

        // the rows are committed ...
        assertThat(documents.findBySlug("drums")).isPresent();
        assertThat(documents.findBySlug("cylinders").orElseThrow().getTitle()).isEqualTo("Refillable and disposable cylinders");
        // ... and the index still answers from its last commit: not corrupted, only behind
        assertThat(hits("halons")).containsExactly("halons");
        assertThat(titles("cylinders")).containsExactly("Disposable cylinders");
        assertThat(hits("quokkadrum")).isEmpty();
        assertThat(index.unreadable()).isNull();
        assertThat(index.repairPending()).isTrue();

        // a repair while the disk is still full fails, and leaves search as it was
        index.repairIfPending();
        assertThat(index.repairPending()).isTrue();
        assertThat(hits("halons")).containsExactly("halons");
        assertThat(titles("cylinders")).containsExactly("Disposable cylinders");

        FullDiskDirectoryProvider.free();
        index.repairIfPending();
        assertThat(index.repairPending()).isFalse();
        assertThat(hits("quokkadrum")).containsExactly("drums");
        assertThat(titles("cylinders")).containsExactly("Refillable and disposable cylinders");
        assertThat(hits("halons")).containsExactly("halons");
        assertThat(index.unreadable()).isNull();
        assertThat(index.difference()).isNull();
    }

    @Test
    void anImportOnAFullDiskIsReportedAndNothingIsLost() {
        importer.importFiles(List.of(GuidanceSearchTest.doc("halons", "Halons in fire extinguishers", "Montreal", "guide",
                "halons", "Halons 1211 and 1301 are classified under 2903.76.")));
        FullDiskDirectoryProvider.fill();
        assertThatThrownBy(() -> SignedIn.as(contextHolder, "root", Role.ADMIN, () -> guidance.reimport()))
                .isInstanceOf(IndexNotUpdatedException.class)
                .hasMessageContaining("The import is saved, but the search could not be updated");
        assertThat(hits("halons")).containsExactly("halons");
        FullDiskDirectoryProvider.free();
        index.repairIfPending();
        assertThat(index.difference()).isNull();
    }

    private GuidanceDocument save(GuidanceDocument document) {
        return SignedIn.as(contextHolder, "olga", Role.ORGANISER, () -> guidance.save(document));
    }

    private static GuidanceDocument document(String slug, String title, String markdown) {
        GuidanceDocument document = new GuidanceDocument();
        document.setSlug(slug);
        document.setTitle(title);
        document.setConventions(Set.of("Montreal"));
        document.setAudience(Set.of("customs"));
        document.setType("checklist");
        document.setLanguage("en");
        document.setLastReviewed(LocalDate.of(2026, 11, 1));
        document.setMarkdown(markdown);
        document.setStatus(DocumentStatus.PUBLISHED);
        return document;
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
