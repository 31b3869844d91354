package org.greenborder.academy.guidance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.greenborder.academy.shared.ContentFiles;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brings content/ into the library: new files are added, changed files updated, unchanged ones left alone (by
 * checksum), files that disappeared are archived. A file that cannot be read or parsed is skipped and recorded
 * as an import problem for administrators; it never stops the import or the application.
 */
@Component
class GuidanceImporter {

    static final String IMPORTER = "content-import";
    private static final Logger log = LoggerFactory.getLogger(GuidanceImporter.class);

    private final GuidanceDocumentRepository documents;
    private final ImportProblemRepository problems;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final String contentDir;

    GuidanceImporter(GuidanceDocumentRepository documents, ImportProblemRepository problems, TransactionTemplate transaction,
                     Clock clock, @Value("${gba.guidance.content-dir:}") String contentDir) {
        this.documents = documents;
        this.problems = problems;
        this.transaction = transaction;
        this.clock = clock;
        this.contentDir = contentDir;
    }

    ImportSummary importAll() {
        return importFiles(readFiles());
    }

    /** Imports exactly these files, as if they were the whole corpus. */
    ImportSummary importFiles(List<ContentFile> files) {
        return transaction.execute(status -> {
            Instant now = Instant.now(clock);
            problems.deleteAllInBatch();
            Map<String, GuidanceDocument> existing = new HashMap<>();
            documents.findAll().forEach(document -> existing.put(document.getSlug(), document));
            Map<String, String> slugToPath = new HashMap<>();
            int created = 0;
            int updated = 0;
            int unchanged = 0;
            int skipped = 0;
            for (ContentFile file : files) {
                if (file.text() == null) {
                    skipped++;
                    record(file.path(), "The file could not be read as UTF-8 text: " + file.readError(), now);
                    continue;
                }
                FrontMatter.Result result = FrontMatter.parse(file.text());
                if (!result.ok()) {
                    skipped++;
                    record(file.path(), String.join("; ", result.problems()), now);
                    continue;
                }
                FrontMatter.Parsed parsed = result.document();
                String earlierPath = slugToPath.putIfAbsent(parsed.slug(), file.path());
                if (earlierPath != null) {
                    skipped++;
                    record(file.path(), "id '" + parsed.slug() + "' is also used by " + earlierPath, now);
                    continue;
                }
                GuidanceDocument document = existing.get(parsed.slug());
                if (document != null && document.getOrigin() == DocumentOrigin.EDITOR) {
                    skipped++;
                    record(file.path(), "id '" + parsed.slug() + "' belongs to a document written in the app; rename the file's id", now);
                    continue;
                }
                String checksum = ContentFiles.sha256(file.text());
                if (document != null && checksum.equals(document.getChecksum()) && file.path().equals(document.getSourcePath())
                        && document.getStatus() == DocumentStatus.PUBLISHED) {
                    unchanged++;
                    continue;
                }
                if (document == null) {
                    document = new GuidanceDocument();
                    document.setOrigin(DocumentOrigin.FILE);
                    created++;
                } else {
                    updated++;
                }
                apply(parsed, document);
                document.setStatus(DocumentStatus.PUBLISHED);
                document.setSourcePath(file.path());
                document.setChecksum(checksum);
                document.setUpdatedAt(now);
                document.setUpdatedBy(IMPORTER);
                documents.save(document);
            }
            int archived = 0;
            for (GuidanceDocument document : existing.values()) {
                if (document.getOrigin() == DocumentOrigin.FILE && document.getStatus() != DocumentStatus.ARCHIVED
                        && !slugToPath.containsKey(document.getSlug())) {
                    document.setStatus(DocumentStatus.ARCHIVED);
                    document.setUpdatedAt(now);
                    document.setUpdatedBy(IMPORTER);
                    archived++;
                }
            }
            ImportSummary summary = new ImportSummary(files.size(), created, updated, unchanged, archived, skipped);
            log.info("Guidance import: {}", summary);
            return summary;
        });
    }

    static void apply(FrontMatter.Parsed parsed, GuidanceDocument document) {
        document.setSlug(parsed.slug());
        document.setTitle(parsed.title());
        document.setConventions(parsed.conventions());
        document.setTopics(parsed.topics());
        document.setAudience(parsed.audience());
        document.setType(parsed.type());
        document.setLanguage(parsed.language());
        document.setSources(parsed.sources().isEmpty() ? null : String.join("\n", parsed.sources()));
        document.setLastReviewed(parsed.lastReviewed());
        document.setMarkdown(parsed.markdown());
    }

    private void record(String path, String message, Instant now) {
        log.warn("Guidance file {} skipped: {}", path, message);
        problems.save(new ImportProblem(path, message, now));
    }

    /** The corpus: a folder on disk when configured (for writers), else the copy inside the application. */
    List<ContentFile> readFiles() {
        List<ContentFile> files = new ArrayList<>();
        if (contentDir != null && !contentDir.isBlank()) {
            Path root = Path.of(contentDir, "guidance");
            if (!Files.isDirectory(root)) {
                log.warn("Guidance folder {} does not exist; nothing imported", root.toAbsolutePath());
                return files;
            }
            try (Stream<Path> paths = Files.walk(root)) {
                for (Path path : paths.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                    files.add(read(path, root.relativize(path).toString().replace('\\', '/')));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return files;
        }
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath*:content/guidance/**/*.md");
            for (Resource resource : resources) {
                String url = resource.getURL().toString();
                String path = url.substring(url.lastIndexOf("content/guidance/") + "content/guidance/".length());
                try (InputStream in = resource.getInputStream()) {
                    files.add(new ContentFile(path, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.sort(java.util.Comparator.comparing(ContentFile::path));
        return files;
    }

    /** An unreadable or non-UTF-8 file becomes a problem in the report, not a failed start. */
    private static ContentFile read(Path path, String relative) {
        try {
            return new ContentFile(relative, Files.readString(path, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            return ContentFile.unreadable(relative, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
    }

}
