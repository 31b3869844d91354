package org.greenborder.academy.scenario;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells open screens what changed, after the change is committed: an attempt's screen (so group members and
 * other tabs see each move), an exercise's live board, and a participant's session when an exercise starts.
 * Listeners are held in memory on this node; each screen removes its own when it closes.
 */
@Component
public class LiveUpdates {

    private static final Logger log = LoggerFactory.getLogger(LiveUpdates.class);

    private final Map<String, Set<Consumer<Object>>> listeners = new ConcurrentHashMap<>();

    /** @return what removes the listener */
    public Runnable onAttempt(long attemptId, Consumer<AttemptProgressed> listener) {
        return add("attempt:" + attemptId, listener);
    }

    public Runnable onExercise(long exerciseId, Consumer<AttemptProgressed> listener) {
        return add("exercise:" + exerciseId, listener);
    }

    public Runnable onExerciseStarted(String username, Consumer<ExerciseStarted> listener) {
        return add("user:" + username, listener);
    }

    @SuppressWarnings("unchecked")
    private <T> Runnable add(String key, Consumer<T> listener) {
        Consumer<Object> untyped = value -> listener.accept((T) value);
        listeners.computeIfAbsent(key, k -> new CopyOnWriteArraySet<>()).add(untyped);
        return () -> listeners.computeIfPresent(key, (k, set) -> {
            set.remove(untyped);
            return set.isEmpty() ? null : set;
        });
    }

    @TransactionalEventListener(fallbackExecution = true)
    void attemptProgressed(AttemptProgressed change) {
        notify("attempt:" + change.attemptId(), change);
        if (change.exerciseId() != null) {
            notify("exercise:" + change.exerciseId(), change);
        }
    }

    @TransactionalEventListener(fallbackExecution = true)
    void exerciseStarted(ExerciseStarted started) {
        started.participants().forEach(username -> notify("user:" + username, started));
    }

    private void notify(String key, Object value) {
        for (Consumer<Object> listener : listeners.getOrDefault(key, Set.of())) {
            try {
                listener.accept(value);
            } catch (RuntimeException e) {
                // one closed or broken screen must not keep the others from hearing about it
                log.debug("Live update listener for {} failed: {}", key, e.toString());
            }
        }
    }
}
