package org.greenborder.academy.guidance.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.greenborder.academy.guidance.DocumentStatus;
import org.greenborder.academy.guidance.FullDiskDirectoryProvider;
import org.greenborder.academy.guidance.GuidanceService;
import org.greenborder.academy.guidance.SearchRequest;
import org.greenborder.academy.security.SystemIdentity;
import org.greenborder.academy.support.BrowserlessTestBase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

/** What an organiser and an administrator see when the disk under the search index is full. */
@SpringBootTest(properties = {"gba.demo-data.enabled=false",
        "spring.jpa.properties.hibernate.search.backend.directory.type=class:org.greenborder.academy.guidance.FullDiskDirectoryProvider"})
class FullDiskViewsTest extends BrowserlessTestBase {

    @Autowired
    GuidanceService guidance;
    @Autowired
    SystemIdentity system;

    @AfterEach
    void freeSpace() {
        FullDiskDirectoryProvider.free();
    }

    @Test
    @WithMockUser(username = "writer", roles = "ORGANISER")
    void theOrganiserIsToldTheDocumentIsSavedButNotYetSearchableAndSavingAgainUpdatesIt() {
        GuidanceEditorView editor = navigate(GuidanceEditorView.class);
        test(editor.slug).setValue("full-disk-contacts");
        test(editor.title).setValue("Who to call about a suspicious cylinder");
        editor.conventions.setValue(Set.of("Montreal"));
        editor.audience.setValue(Set.of("customs"));
        editor.type.setValue("guide");
        editor.status.setValue(DocumentStatus.PUBLISHED);
        test(editor.markdown).setValue("Call the national ozone unit (quokkadisk line) before opening a cylinder.");

        FullDiskDirectoryProvider.fill();
        test(editor.save).click();

        assertThat(find(GuidanceEditorView.class).exists()).isTrue();
        assertThat(editor.error.isVisible()).isTrue();
        assertThat(editor.error.getText()).startsWith("The document is saved, but the search could not be updated")
                .contains("disk is full").doesNotContain("Exception").doesNotContain("HSEARCH");
        assertThat(editor.slug.isReadOnly()).isTrue();
        assertThat(search("quokkadisk")).isZero();

        FullDiskDirectoryProvider.free();
        test(editor.save).click();

        assertThat(find(GuidanceDocumentView.class).exists()).isTrue();
        assertThat(search("quokkadisk")).isEqualTo(1);
    }

    @Test
    @WithMockUser(username = "chief", roles = "ADMIN")
    void anAdministratorRebuildsTheIndexAndIsToldWhenTheDiskIsFull() {
        long before = search("");
        ImportProblemsView view = navigate(ImportProblemsView.class);

        test(view.rebuildIndex).click();
        assertThat(view.summary.getText()).isEqualTo("The search index was rebuilt from the library.");
        assertThat(search("")).isEqualTo(before).isPositive();

        FullDiskDirectoryProvider.fill();
        test(view.rebuildIndex).click();
        assertThat(view.summary.getText()).startsWith("The search index could not be rebuilt").contains("disk is full")
                .doesNotContain("Exception");
        // the rebuild's purge was never committed: the index answers as before
        assertThat(search("")).isEqualTo(before);
    }

    private long search(String query) {
        return system.call(() -> guidance.search(SearchRequest.of(query))).total();
    }
}
