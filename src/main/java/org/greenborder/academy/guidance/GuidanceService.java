package org.greenborder.academy.guidance;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.greenborder.academy.security.CurrentUser;
import org.greenborder.academy.security.Role;
import org.greenborder.academy.shared.ConcurrentEditException;
import org.greenborder.academy.shared.Constraints;
import org.greenborder.academy.shared.NotFoundException;
import org.greenborder.academy.shared.RuleViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** The guidance library: search, reading, writing in the app, and the import of content/. */
@Service
public class GuidanceService {

    private final GuidanceDocumentRepository documents;
    private final ImportProblemRepository problems;
    private final GuidanceSearch search;
    private final SpellingSuggestions spelling;
    private final GuidanceImporter importer;
    private final CurrentUser currentUser;
    private final Constraints constraints;
    private final Clock clock;
    private final GuidanceIndex index;
    private final TransactionTemplate transaction;

    GuidanceService(GuidanceDocumentRepository documents, ImportProblemRepository problems, GuidanceSearch search,
                    SpellingSuggestions spelling, GuidanceImporter importer, CurrentUser currentUser, Constraints constraints,
                    Clock clock, GuidanceIndex index, TransactionTemplate transaction) {
        this.documents = documents;
        this.problems = problems;
        this.search = search;
        this.spelling = spelling;
        this.importer = importer;
        this.currentUser = currentUser;
        this.constraints = constraints;
        this.clock = clock;
        this.index = index;
        this.transaction = transaction;
    }

    /** Published documents matching the request; with no hit, a spelling suggestion that does find something. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public SearchResults search(SearchRequest request) {
        SearchResults results = search.search(request);
        if (results.total() == 0 && !request.query().isEmpty()) {
            String suggestion = spelling.suggest(request.query());
            if (suggestion != null && search.search(new SearchRequest(suggestion, request.conventions(), request.topics(),
                    request.types(), request.audiences(), 1, 0)).total() > 0) {
                return new SearchResults(0, List.of(), results.facets(), suggestion);
            }
        }
        return results;
    }

    /** Suggestions while typing: matching titles first, then completions of the last word. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<String> suggest(String typed, int limit) {
        if (typed == null || typed.strip().length() < 2) {
            return List.of();
        }
        // as long as the search box allows: each word becomes a wildcard whose automaton Lucene refuses past ~1000 characters
        typed = typed.length() > SearchRequest.MAX_QUERY ? typed.substring(0, SearchRequest.MAX_QUERY) : typed;
        Set<String> suggestions = new LinkedHashSet<>();
        search.titlesStartingWith(typed, limit).forEach(hit -> suggestions.add(hit[1]));
        String[] words = typed.strip().split("\\s+");
        String last = words[words.length - 1];
        String head = typed.strip().substring(0, typed.strip().length() - last.length());
        if (last.length() >= 2) {
            spelling.complete(last, limit).forEach(word -> suggestions.add(head + word));
        }
        return suggestions.stream().limit(limit).toList();
    }

    /** A published document, or any document for organisers and administrators. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public GuidanceDocument get(String slug) {
        GuidanceDocument document = documents.findBySlug(slug == null ? "" : slug.strip().toLowerCase(Locale.ROOT))
                .orElseThrow(() -> new NotFoundException("Guidance document " + slug));
        if (document.getStatus() != DocumentStatus.PUBLISHED && !canWrite()) {
            throw new NotFoundException("Guidance document " + slug);
        }
        return document;
    }

    public boolean canWrite() {
        return currentUser.hasRole(Role.ADMIN) || currentUser.hasRole(Role.ORGANISER);
    }

    /** Documents written in the app that are not archived, newest first, for their authors' list. */
    @PreAuthorize("hasAnyRole('ADMIN', 'ORGANISER')")
    @Transactional(readOnly = true)
    public List<GuidanceDocument> writtenInTheApp() {
        return documents.findByOriginAndStatusNotOrderByUpdatedAtDesc(DocumentOrigin.EDITOR, DocumentStatus.ARCHIVED);
    }

    /**
     * Creates (no id) or saves a document written in the app. Documents imported from content/ are edited in their
     * files, so that the next import does not undo an edit made here.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'ORGANISER')")
    public GuidanceDocument save(GuidanceDocument edited) {
        // The index is written after the rows are committed. When that write fails (a full disk), the save stands:
        // the rows are the truth, the author's text is not lost, and the index is repaired from them later.
        AtomicReference<GuidanceDocument> saved = new AtomicReference<>();
        try {
            transaction.executeWithoutResult(status -> saved.set(write(edited)));
            return saved.get();
        } catch (RuntimeException e) {
            if (saved.get() == null || !GuidanceIndex.isIndexFailure(e) || !committed(saved.get())) {
                throw e;
            }
            index.repairLater(e);
            throw IndexNotUpdatedException.saved("The document is", saved.get(), e);
        } finally {
            spelling.invalidate();
        }
    }

    private boolean committed(GuidanceDocument saved) {
        return Boolean.TRUE.equals(transaction.execute(status -> documents.findById(saved.getId())
                .filter(row -> row.getVersion() == saved.getVersion()).isPresent()));
    }

    private GuidanceDocument write(GuidanceDocument edited) {
        edited.setSlug(edited.getSlug() == null ? null : edited.getSlug().strip().toLowerCase(Locale.ROOT));
        constraints.check(edited);
        checkVocabulary(edited);
        GuidanceDocument target;
        if (edited.getId() == null) {
            if (documents.findBySlug(edited.getSlug()).isPresent()) {
                throw new RuleViolationException("The id '" + edited.getSlug() + "' is already used by another document");
            }
            target = edited;
            target.setOrigin(DocumentOrigin.EDITOR);
        } else {
            target = documents.findById(edited.getId()).orElseThrow(() -> new NotFoundException("Guidance document " + edited.getId()));
            if (target.getOrigin() == DocumentOrigin.FILE) {
                throw new RuleViolationException("This document comes from the file " + target.getSourcePath()
                        + " in content/; change the file instead, or the next import would undo the edit");
            }
            if (target.getVersion() != edited.getVersion()) {
                throw new ConcurrentEditException("The document");
            }
            if (!target.getSlug().equals(edited.getSlug())) {
                throw new RuleViolationException("A document's id cannot change: links to it would break");
            }
            target.setTitle(edited.getTitle());
            target.setConventions(edited.getConventions());
            target.setTopics(edited.getTopics());
            target.setAudience(edited.getAudience());
            target.setType(edited.getType());
            target.setLanguage(edited.getLanguage());
            target.setSources(edited.getSources());
            target.setLastReviewed(edited.getLastReviewed());
            target.setMarkdown(edited.getMarkdown());
            target.setStatus(edited.getStatus());
        }
        target.setUpdatedAt(Instant.now(clock));
        target.setUpdatedBy(currentUser.username());
        try {
            return documents.saveAndFlush(target);
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentEditException("The document");
        }
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<ImportProblem> importProblems() {
        return problems.findAllByOrderBySourcePathAsc();
    }

    /** Imports content/ again (it also runs at every start). */
    @PreAuthorize("hasRole('ADMIN')")
    public ImportSummary reimport() {
        try {
            return importer.importAll();
        } catch (RuntimeException e) {
            if (!GuidanceIndex.isIndexFailure(e)) {
                throw e;
            }
            index.repairLater(e);
            throw IndexNotUpdatedException.saved("The import is", null, e);
        } finally {
            spelling.invalidate();
        }
    }

    /**
     * Drops the search index and builds it again from the database, for an administrator who doubts it. Searches
     * find fewer documents until it is done (a few seconds for the library's size).
     */
    @PreAuthorize("hasRole('ADMIN')")
    public void rebuildIndex() {
        try {
            index.rebuild();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw IndexNotUpdatedException.notRebuilt(e);
        } catch (RuntimeException e) {
            index.repairLater(e);
            throw IndexNotUpdatedException.notRebuilt(e);
        } finally {
            spelling.invalidate();
        }
    }

    /** The distinct topics in use, for the editor's suggestions. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<String> topics() {
        return documents.findByStatus(DocumentStatus.PUBLISHED).stream()
                .flatMap(document -> document.getTopics().stream()).distinct().sorted().toList();
    }

    private static void checkVocabulary(GuidanceDocument document) {
        for (String convention : document.getConventions()) {
            if (!Vocabulary.CONVENTIONS.contains(convention)) {
                throw new RuleViolationException("Unknown convention: " + convention);
            }
        }
        if (!Vocabulary.DOCUMENT_TYPES.contains(document.getType())) {
            throw new RuleViolationException("Unknown document type: " + document.getType());
        }
        for (String audience : document.getAudience()) {
            if (!Vocabulary.AUDIENCES.contains(audience)) {
                throw new RuleViolationException("Unknown audience: " + audience);
            }
        }
    }
}
