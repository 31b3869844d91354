package org.greenborder.academy.guidance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.greenborder.academy.security.Role;
import org.greenborder.academy.support.SignedIn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The same full disk as FullDiskIndexTest, but a real one: the production directory (local-filesystem) on a 4 MB
 * tmpfs filled to the last byte, so that the kernel itself answers "No space left on device". Mounting needs root;
 * where it is not allowed (most CI containers) the test is skipped, and FullDiskIndexTest still runs.
 */
@SpringBootTest(properties = {"gba.guidance.import-on-start=false", "gba.demo-data.enabled=false",
        "spring.jpa.properties.hibernate.search.backend.directory.type=local-filesystem"})
@DirtiesContext
class TinyDiskIndexTest {

    private static Path disk;

    @Autowired
    GuidanceImporter importer;
    @Autowired
    GuidanceService guidance;
    @Autowired
    GuidanceIndex index;
    @Autowired
    SecurityContextHolderStrategy contextHolder;

    @BeforeAll
    static void mountTinyDisk() throws Exception {
        Path mountPoint = Files.createTempDirectory("gba-tiny-disk");
        int exit = run("mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", mountPoint.toString());
        if (exit != 0) {
            Files.delete(mountPoint);
        }
        assumeTrue(exit == 0, "cannot mount a tmpfs here (needs root and mount rights); FullDiskIndexTest covers the case");
        disk = mountPoint;
    }

    @DynamicPropertySource
    static void indexOnTheTinyDisk(DynamicPropertyRegistry registry) {
        registry.add("spring.jpa.properties.hibernate.search.backend.directory.root", () -> disk.toString());
    }

    @AfterAll
    static void unmount() throws Exception {
        if (disk != null) {
            // lazily: the test's application context still holds the index files open until it is closed
            run("umount", "-l", disk.toString());
            Files.deleteIfExists(disk);
        }
    }

    @Test
    void aSaveOnARealFullDiskStandsAndTheIndexCatchesUpWhenSpaceIsFreed() throws IOException {
        importer.importFiles(List.of(GuidanceSearchTest.doc("halons", "Halons in fire extinguishers", "Montreal", "guide",
                "halons", "Halons 1211 and 1301 are classified under 2903.76.")));
        Path filler = disk.resolve("filler");
        fill(filler);

        assertThatThrownBy(() -> SignedIn.as(contextHolder, "olga", Role.ORGANISER, () -> guidance.save(drums())))
                .isInstanceOf(IndexNotUpdatedException.class)
                .hasRootCauseMessage("No space left on device");
        assertThat(hits("halons")).containsExactly("halons");
        assertThat(hits("quokkadrum")).isEmpty();
        assertThat(index.unreadable()).isNull();

        Files.delete(filler);
        index.repairIfPending();
        assertThat(hits("quokkadrum")).containsExactly("drums");
        assertThat(index.difference()).isNull();
    }

    /** Writes until the kernel refuses, in smaller and smaller pieces, so that not a byte is left. */
    private static void fill(Path filler) throws IOException {
        try (OutputStream out = new FileOutputStream(filler.toFile())) {
            for (int size : new int[]{1 << 16, 1 << 12, 1}) {
                byte[] chunk = new byte[size];
                try {
                    while (true) {
                        out.write(chunk);
                    }
                } catch (IOException full) {
                    assertThat(full).hasMessageContaining("No space left on device");
                }
            }
        }
    }

    private static GuidanceDocument drums() {
        GuidanceDocument document = new GuidanceDocument();
        document.setSlug("drums");
        document.setTitle("Drums of recovered refrigerant");
        document.setConventions(Set.of("Montreal"));
        document.setAudience(Set.of("customs"));
        document.setType("checklist");
        document.setLastReviewed(LocalDate.of(2026, 11, 1));
        document.setMarkdown("Quokkadrum labels on recovered gas.");
        document.setStatus(DocumentStatus.PUBLISHED);
        return document;
    }

    private List<String> hits(String query) {
        return SignedIn.as(contextHolder, "tina", Role.TRAINEE,
                () -> guidance.search(new SearchRequest(query, Set.of(), Set.of(), Set.of(), Set.of(), 10, 0)))
                .hits().stream().map(SearchResults.Hit::id).toList();
    }

    private static int run(String... command) throws InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException noSuchCommand) {
            return -1;
        }
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return -1;
        }
        return process.exitValue();
    }
}
