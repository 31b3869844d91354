package org.greenborder.academy.perf;

import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Hands each virtual user an account nobody else is using and takes it back when the user is done, so that two
 * virtual users never play the same account at once (they would meet on the same open attempt, which a real
 * person never does). A closed workload of N users needs N accounts and a few spare ones, because Gatling may start
 * a replacement user a moment before the one it replaces has handed its account back.
 */
final class AccountPool implements Iterator<Map<String, Object>> {

    private final ConcurrentLinkedQueue<String> free = new ConcurrentLinkedQueue<>();
    private final PerfSettings settings;
    private final String password;
    private final AtomicInteger shared = new AtomicInteger();

    AccountPool(PerfSettings settings) {
        this.settings = settings;
        this.password = settings.password();
        for (int i = 1; i <= settings.accounts(); i++) {
            free.add(settings.account(i));
        }
    }

    @Override
    public boolean hasNext() {
        return true;
    }

    @Override
    public Map<String, Object> next() {
        String username = free.poll();
        if (username == null) {
            // better a shared account than a crashed run; reported at the end (create more with perf.accounts)
            shared.incrementAndGet();
            username = settings.account(ThreadLocalRandom.current().nextInt(settings.accounts()) + 1);
        }
        return Map.of("username", username, "password", password);
    }

    void release(String username) {
        if (username != null && !free.contains(username)) {
            free.add(username);
        }
    }

    /** How often the pool ran dry and handed out an account that may have been in use. */
    int sharedHandOuts() {
        return shared.get();
    }

    /** After a simulation: what came over push, and whether the pool had to share accounts. */
    void printRunSummary() {
        System.out.println("UIDL messages pushed by the server over WebSocket: " + VaadinUi.PUSHED.get());
        if (sharedHandOuts() > 0) {
            System.out.println("WARNING: the account pool ran dry " + sharedHandOuts()
                    + " times; raise perf.accounts (and create that many accounts)");
        }
    }
}
