package org.greenborder.academy.certificate;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** A running "issue all" of one event: how far it is and what went wrong, for the screen that started it. */
public final class BulkIssue {

    private final long eventId;
    private final int total;
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicInteger issued = new AtomicInteger();
    private final List<String> problems = new CopyOnWriteArrayList<>();
    final CompletableFuture<BulkIssue> finished = new CompletableFuture<>();

    BulkIssue(long eventId, int total) {
        this.eventId = eventId;
        this.total = total;
    }

    public long eventId() {
        return eventId;
    }

    public int total() {
        return total;
    }

    public int done() {
        return done.get();
    }

    public int issued() {
        return issued.get();
    }

    public List<String> problems() {
        return List.copyOf(problems);
    }

    /** Completes when every certificate has been tried. */
    public CompletableFuture<BulkIssue> finished() {
        return finished;
    }

    void succeeded() {
        issued.incrementAndGet();
        done.incrementAndGet();
    }

    void failed(String problem) {
        problems.add(problem);
        done.incrementAndGet();
    }
}
