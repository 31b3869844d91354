package org.greenborder.academy.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing, on the sign-in form and on the API's HTTP Basic alike. Failed attempts are counted
 * over the last 15 minutes per account name and per client address. Below a threshold nothing happens; from it on,
 * each further attempt must wait twice as long as the one before (1 s, 2 s, 4 s … at most 15 minutes). A correct
 * password clears the account's count.
 * <p>
 * The address threshold is high on purpose: a workshop room signs in through one venue router, and one trainee
 * mistyping must not lock out the room. Guessing at one account from many addresses is still stopped by the account
 * count, which also means that an attacker can make a known account wait; the wait is bounded (15 minutes) and
 * never locks the account for good. Counts live in memory per node.
 */
@Component
class LoginThrottle {

    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration MAX_WAIT = Duration.ofMinutes(15);
    static final int ACCOUNT_THRESHOLD = 5;
    static final int ADDRESS_THRESHOLD = 30;
    /** Beyond this many tracked keys, the ones without a failure in the window are dropped. */
    private static final int TRACKED_MAX = 20_000;

    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long this account name from this address must still wait before trying again; zero when it may. */
    Duration waitBeforeNextAttempt(String username, String address) {
        Instant now = clock.instant();
        Duration account = wait(accountKey(username), ACCOUNT_THRESHOLD, now);
        Duration client = wait(addressKey(address), ADDRESS_THRESHOLD, now);
        return account.compareTo(client) >= 0 ? account : client;
    }

    void failed(String username, String address) {
        Instant now = clock.instant();
        if (failures.size() > TRACKED_MAX) {
            failures.entrySet().removeIf(entry -> {
                synchronized (entry.getValue()) {
                    return entry.getValue().isEmpty() || entry.getValue().peekLast().isBefore(now.minus(WINDOW));
                }
            });
        }
        record(accountKey(username), now);
        if (address != null) {
            record(addressKey(address), now);
        }
    }

    void succeeded(String username) {
        failures.remove(accountKey(username));
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        failed(event.getAuthentication().getName(), address(event.getAuthentication().getDetails()));
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        succeeded(event.getAuthentication().getName());
    }

    private void record(String key, Instant now) {
        Deque<Instant> times = failures.computeIfAbsent(key, any -> new ArrayDeque<>());
        synchronized (times) {
            prune(times, now);
            times.addLast(now);
        }
    }

    private Duration wait(String key, int threshold, Instant now) {
        if (key == null) {
            return Duration.ZERO;
        }
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return Duration.ZERO;
        }
        synchronized (times) {
            prune(times, now);
            int over = times.size() - threshold;
            if (over < 0) {
                return Duration.ZERO;
            }
            Duration backOff = Duration.ofSeconds(1L << Math.min(over, 10));
            if (backOff.compareTo(MAX_WAIT) > 0) {
                backOff = MAX_WAIT;
            }
            Duration left = Duration.between(now, times.peekLast().plus(backOff));
            return left.isNegative() ? Duration.ZERO : left;
        }
    }

    private static void prune(Deque<Instant> times, Instant now) {
        Instant horizon = now.minus(WINDOW);
        while (!times.isEmpty() && times.peekFirst().isBefore(horizon)) {
            times.removeFirst();
        }
    }

    private static String accountKey(String username) {
        return username == null || username.isBlank() ? null : "account:" + username.strip().toLowerCase(Locale.ROOT);
    }

    private static String addressKey(String address) {
        return address == null || address.isBlank() ? null : "address:" + address;
    }

    private static String address(Object details) {
        return details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
    }
}
