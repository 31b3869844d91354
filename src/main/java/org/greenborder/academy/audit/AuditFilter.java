package org.greenborder.academy.audit;

import java.time.Instant;
import java.util.Set;

/**
 * What an administrator looks for in the audit trail; every part is optional.
 *
 * @param text words in the target or detail, matched literally
 * @param until exclusive
 */
public record AuditFilter(Set<AuditAction> actions, String actor, Instant from, Instant until, String text) {

    private static final Instant FAR_FUTURE = Instant.parse("9999-01-01T00:00:00Z");

    public static AuditFilter all() {
        return new AuditFilter(Set.of(), null, null, null, null);
    }

    Instant fromOrEpoch() {
        return from == null ? Instant.EPOCH : from;
    }

    Instant untilOrFarFuture() {
        return until == null ? FAR_FUTURE : until;
    }
}
