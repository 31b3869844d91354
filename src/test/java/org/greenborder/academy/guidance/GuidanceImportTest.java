package org.greenborder.academy.guidance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.greenborder.academy.guidance.GuidanceSearchTest.doc;

import java.util.List;
import org.greenborder.academy.security.SystemIdentity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Importing content/: broken files are skipped and reported, the rest goes in; changes and removals follow. */
@SpringBootTest(properties = {"gba.guidance.import-on-start=false", "gba.demo-data.enabled=false"})
class GuidanceImportTest {

    @Autowired
    GuidanceImporter importer;
    @Autowired
    GuidanceService guidance;
    @Autowired
    SystemIdentity system;

    @Test
    void brokenFilesAreSkippedWithTheirReasonAndTheOthersImported() {
        ContentFile good = doc("good-one", "Take-back of illegal shipments", "Basel", "guide", "take-back", "Within 30 days.");
        ImportSummary summary = importer.importFiles(List.of(
                good,
                new ContentFile("no-front-matter.md", "# Just a heading\n\nNo front matter here."),
                new ContentFile("unclosed.md", "---\nid: unclosed\ntitle: x\n"),
                new ContentFile("bad-yaml.md", "---\nid: [unclosed\ntitle: \"x\n---\nbody"),
                new ContentFile("missing-id.md", "---\ntitle: No id\nconventions: [Basel]\ntype: guide\n---\nbody"),
                new ContentFile("bad-values.md", "---\nid: Bad Id\ntitle: x\nconventions: [Vienna]\ntype: essay\naudience: [pilots]\n"
                        + "last_reviewed: yesterday\n---\nbody"),
                new ContentFile("duplicate.md", good.text())));

        assertThat(summary.created()).isEqualTo(1);
        assertThat(summary.skipped()).isEqualTo(6);
        List<ImportProblem> problems = system.call(() -> guidance.importProblems());
        assertThat(problems).extracting(ImportProblem::getSourcePath)
                .containsExactly("bad-values.md", "bad-yaml.md", "duplicate.md", "missing-id.md", "no-front-matter.md", "unclosed.md");
        assertThat(problems).extracting(ImportProblem::getMessage).anySatisfy(message -> assertThat(message)
                .contains("id 'Bad Id'", "convention 'Vienna'", "type 'essay'", "audience 'pilots'", "last_reviewed 'yesterday'"));
        assertThat(problems).extracting(ImportProblem::getMessage).anySatisfy(message -> assertThat(message).contains("not closed"));
        assertThat(problems).extracting(ImportProblem::getMessage).anySatisfy(message -> assertThat(message).contains("also used by good-one.md"));
        assertThat(system.call(() -> guidance.get("good-one")).getTitle()).isEqualTo("Take-back of illegal shipments");
    }

    @Test
    void changedFilesAreUpdatedUnchangedOnesLeftAndRemovedOnesArchived() {
        ContentFile first = doc("keep-me", "Movement document", "Basel", "guide", "movement document", "Signed by each carrier.");
        ContentFile second = doc("drop-me", "Old guidance", "Basel", "guide", "old", "To be removed.");
        importer.importFiles(List.of(first, second));

        ContentFile changed = doc("keep-me", "Movement document, revised", "Basel", "guide", "movement document", "Signed by each carrier.");
        ImportSummary summary = importer.importFiles(List.of(changed));
        assertThat(summary.updated()).isEqualTo(1);
        assertThat(summary.archived()).isEqualTo(1);
        assertThat(importer.importFiles(List.of(changed)).unchanged()).isEqualTo(1);

        assertThat(system.call(() -> guidance.get("keep-me")).getTitle()).isEqualTo("Movement document, revised");
        assertThat(system.call(() -> guidance.get("drop-me")).getStatus()).isEqualTo(DocumentStatus.ARCHIVED);
        assertThat(system.call(() -> guidance.search(SearchRequest.of("removed"))).total()).isZero();
    }

    @Test
    void theShippedCorpusIsCompleteAndEveryFileIsValid() {
        List<ContentFile> files = importer.readFiles();
        assertThat(files).hasSizeGreaterThanOrEqualTo(60);
        assertThat(files).allSatisfy(file -> assertThat(FrontMatter.parse(file.text()).problems()).as(file.path()).isEmpty());
        assertThat(files.stream().map(file -> FrontMatter.parse(file.text()).document().type()).distinct())
                .containsExactlyInAnyOrderElementsOf(Vocabulary.DOCUMENT_TYPES);
    }

    @Test
    void writersCanPointTheImportAtTheContentFolderOnDisk() {
        List<ContentFile> fromDisk = new GuidanceImporter(null, null, null, null, "content").readFiles();
        assertThat(fromDisk).extracting(ContentFile::path).containsExactlyElementsOf(
                importer.readFiles().stream().map(ContentFile::path).toList());
        assertThat(fromDisk).allSatisfy(file -> assertThat(file.readError()).isNull());
    }

    @Test
    void anUnreadableFileIsReportedWithItsReason() {
        importer.importFiles(List.of(ContentFile.unreadable("broken.md", "MalformedInputException: Input length = 1")));
        assertThat(system.call(() -> guidance.importProblems())).singleElement()
                .satisfies(problem -> assertThat(problem.getMessage()).contains("could not be read", "MalformedInputException"));
    }

    @Test
    void markdownIsRenderedWithoutAnythingThatCouldRunInTheBrowser() {
        String html = MarkdownText.html("""
                # Title

                <script>alert(1)</script>

                <img src=x onerror=alert(2)>

                [link](javascript:alert(3)) and [good](https://www.basel.int)
                """);
        assertThat(html).contains("<h1>Title</h1>", "href=\"https://www.basel.int\"")
                .doesNotContain("<script", "javascript:", "<img").doesNotContainPattern("<[^>]*onerror");
    }
}
