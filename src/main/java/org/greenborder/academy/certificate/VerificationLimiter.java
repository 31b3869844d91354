package org.greenborder.academy.certificate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Keeps anyone from trying codes at scale: per client address, at most {@code lookupsPerMinute} lookups in any
 * minute, and after {@code unknownCodesPerHour} unknown codes in an hour no more lookups until that hour is over.
 * 80-bit codes cannot be guessed anyway; the limit stops scraping and keeps the server free for real verifiers.
 * Counts are kept in memory per node (several nodes each count on their own, which at worst multiplies the limit).
 */
@Component
class VerificationLimiter {

    private static final Duration MINUTE = Duration.ofMinutes(1);
    private static final Duration HOUR = Duration.ofHours(1);
    /** Beyond this many tracked addresses, windows that are over are dropped. */
    private static final int TRACKED_MAX = 10_000;

    private final CertificateProperties properties;
    private final Clock clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    VerificationLimiter(CertificateProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    private static final class Window {
        Instant minuteStart;
        int lookups;
        Instant hourStart;
        int unknown;

        Window(Instant now) {
            minuteStart = now;
            hourStart = now;
        }
    }

    /** Counts a lookup, or refuses it with the seconds to wait. */
    void acquire(String client) {
        Instant now = clock.instant();
        if (windows.size() > TRACKED_MAX) {
            windows.values().removeIf(window -> window.hourStart.plus(HOUR).isBefore(now));
        }
        Window window = windows.computeIfAbsent(key(client), any -> new Window(now));
        synchronized (window) {
            if (!now.isBefore(window.hourStart.plus(HOUR))) {
                window.hourStart = now;
                window.unknown = 0;
            }
            if (window.unknown >= properties.unknownCodesPerHour()) {
                throw new VerificationLimitException(Duration.between(now, window.hourStart.plus(HOUR)));
            }
            if (!now.isBefore(window.minuteStart.plus(MINUTE))) {
                window.minuteStart = now;
                window.lookups = 0;
            }
            if (window.lookups >= properties.lookupsPerMinute()) {
                throw new VerificationLimitException(Duration.between(now, window.minuteStart.plus(MINUTE)));
            }
            window.lookups++;
        }
    }

    /** Counts a lookup that found nothing. */
    void unknown(String client) {
        Window window = windows.get(key(client));
        if (window != null) {
            synchronized (window) {
                window.unknown++;
            }
        }
    }

    private static String key(String client) {
        return client == null || client.isBlank() ? "unknown-client" : client;
    }
}
