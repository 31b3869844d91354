package org.greenborder.academy.guidance;

import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.util.common.SearchException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the search index in step with the database. The rows are the truth; the index is derived from them and can
 * always be rebuilt. It goes wrong in three ways: it cannot be read (folder lost, files truncated or deleted, a
 * {@code segments_N} naming files that are gone), it misses or holds stale documents (database restored from a
 * backup, rows written while the index could not be), or a write fails (disk full). At start and after a failed
 * write the index is compared with the rows (ids and versions) and repaired; a WARN line says why.
 * <p>
 * An unreadable or empty index is dropped and rebuilt with the mass indexer. A readable one that is merely out of
 * step only has its differing documents re-indexed: that never empties an index that still answers searches, even
 * when the disk is still full and the repair fails.
 */
@Component
class GuidanceIndex {

    private static final Logger log = LoggerFactory.getLogger(GuidanceIndex.class);
    private static final int BATCH = 100;

    /** One document as the index or the database knows it. */
    record Entry(long id, long version) {
    }

    private final EntityManager entityManager;
    private final GuidanceDocumentRepository documents;
    private final TransactionTemplate transaction;
    private final SpellingSuggestions spelling;
    private final boolean lucene;
    private volatile String repairPending;

    GuidanceIndex(EntityManager entityManager, GuidanceDocumentRepository documents, TransactionTemplate transaction,
                  SpellingSuggestions spelling,
                  @Value("${spring.jpa.properties.hibernate.search.backend.type:lucene}") String backend) {
        this.entityManager = entityManager;
        this.documents = documents;
        this.transaction = transaction;
        this.spelling = spelling;
        this.lucene = backend.equals("lucene");
    }

    /** Why the index cannot be read, or null when it can (every file of every segment passes its checksum). */
    String unreadable() {
        try {
            if (lucene) {
                try (IndexReader reader = mapping().scope(GuidanceDocument.class).extension(LuceneExtension.get()).openIndexReader()) {
                    for (LeafReaderContext leaf : reader.leaves()) {
                        leaf.reader().checkIntegrity();
                    }
                }
            }
            indexed();
            return null;
        } catch (IOException | RuntimeException e) {
            return "it cannot be read: " + reason(e);
        }
    }

    /** What differs between the index and the rows, or null when the index holds every row at its current version. */
    String difference() {
        Map<Long, Long> indexed = indexed();
        Map<Long, Long> stored = stored();
        if (indexed.equals(stored)) {
            return null;
        }
        long missing = stored.keySet().stream().filter(id -> !indexed.containsKey(id)).count();
        long extra = indexed.keySet().stream().filter(id -> !stored.containsKey(id)).count();
        long stale = stored.entrySet().stream()
                .filter(row -> indexed.containsKey(row.getKey()) && !indexed.get(row.getKey()).equals(row.getValue())).count();
        return "it is out of step with the database: it holds " + indexed.size() + " of " + stored.size() + " documents ("
                + missing + " missing, " + stale + " outdated, " + extra + " deleted)";
    }

    /**
     * Checks the index and repairs it if needed; never throws, because a broken index must not stop the application
     * or the action that found it. Returns true when the index is in step afterwards. One repair at a time: the start,
     * the periodic retry and an administrator's rebuild may meet.
     */
    synchronized boolean checkAndRepair() {
        String reason = unreadable();
        try {
            if (reason != null) {
                log.warn("Guidance search index: {}; dropping it and rebuilding it from the database", reason);
                mapping().scope(GuidanceDocument.class).schemaManager().dropAndCreate();
                rebuild();
            } else if ((reason = difference()) != null) {
                if (indexed().isEmpty()) {
                    log.warn("Guidance search index: {}; rebuilding it from the database", reason);
                    rebuild();
                } else {
                    log.warn("Guidance search index: {}; re-indexing those documents", reason);
                    reindexDifferences();
                }
            }
            String left = difference();
            if (left != null) {
                throw new IllegalStateException("after the repair " + left);
            }
            repairPending = null;
            return true;
        } catch (RuntimeException | InterruptedException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            repairPending = reason == null ? "the repair failed" : reason;
            log.warn("Guidance search index could not be repaired ({}); searches use the index as it is and the repair "
                    + "is tried again later", reason(e));
            return false;
        } finally {
            spelling.invalidate();
        }
    }

    /** Remembers that a write to the index failed after the rows were committed, so that a later repair catches up. */
    void repairLater(Throwable failure) {
        repairPending = reason(failure);
        log.warn("Guidance search index was not updated ({}); the rows are saved and the index will be repaired", repairPending);
    }

    boolean repairPending() {
        return repairPending != null;
    }

    /** Retries a repair that is owed, e.g. once space was freed on a full disk. */
    @Scheduled(fixedDelayString = "${gba.guidance.index-repair-interval:PT1M}",
            initialDelayString = "${gba.guidance.index-repair-interval:PT1M}")
    void repairIfPending() {
        if (repairPending != null) {
            checkAndRepair();
        }
    }

    /** Drops every document and indexes every row again (also an administrator's "rebuild the index"). */
    synchronized void rebuild() throws InterruptedException {
        mapping().scope(GuidanceDocument.class).massIndexer().threadsToLoadObjects(1).startAndWait();
    }

    /** True when a failure came from writing the search index (after the rows were committed), not from the database. */
    static boolean isIndexFailure(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SearchException) {
                return true;
            }
        }
        return false;
    }

    private void reindexDifferences() {
        Map<Long, Long> indexed = indexed();
        Map<Long, Long> stored = stored();
        List<Long> deleted = indexed.keySet().stream().filter(id -> !stored.containsKey(id)).toList();
        if (!deleted.isEmpty()) {
            transaction.executeWithoutResult(status -> deleted.forEach(id ->
                    Search.session(entityManager).indexingPlan().purge(GuidanceDocument.class, id, null)));
        }
        List<Long> outdated = stored.entrySet().stream()
                .filter(row -> !row.getValue().equals(indexed.get(row.getKey()))).map(Map.Entry::getKey).toList();
        for (int from = 0; from < outdated.size(); from += BATCH) {
            List<Long> batch = outdated.subList(from, Math.min(from + BATCH, outdated.size()));
            transaction.executeWithoutResult(status -> {
                SearchSession session = Search.session(entityManager);
                documents.findAllById(batch).forEach(document -> session.indexingPlan().addOrUpdate(document));
            });
        }
    }

    /** Ids and versions in the index; the version is null for a document indexed before versions were. */
    private Map<Long, Long> indexed() {
        Map<Long, Long> versions = new HashMap<>();
        transaction.execute(status -> Search.session(entityManager).search(GuidanceDocument.class)
                        .select(f -> f.composite().from(f.id(Long.class), f.field("version", Long.class))
                                .as((id, version) -> new Long[]{id, version}))
                        .where(f -> f.matchAll()).fetchAllHits())
                .forEach(entry -> versions.put(entry[0], entry[1]));
        return versions;
    }

    private Map<Long, Long> stored() {
        Map<Long, Long> versions = new HashMap<>();
        transaction.execute(status -> documents.idsAndVersions()).forEach(entry -> versions.put(entry.id(), entry.version()));
        return versions;
    }

    private SearchMapping mapping() {
        return Search.mapping(entityManager.getEntityManagerFactory());
    }

    /** The innermost message, which names the real cause (a missing file, "No space left on device"). */
    private static String reason(Throwable failure) {
        Throwable root = failure instanceof UncheckedIOException unchecked ? unchecked.getCause() : failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }
}
