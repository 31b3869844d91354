package org.greenborder.academy.audit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import org.greenborder.academy.shared.Text;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The audit trail: stores what features report ({@link Audited}) and lets administrators read it. Nothing here
 * changes or removes an entry.
 */
@Service
public class AuditLog {

    /** The most one page of the administrators' view asks for. */
    public static final int PAGE_MAX = 500;
    static final String ANONYMOUS = "(anonymous)";

    private static final String MATCHING = """
            from AuditEntry e
            where e.action in :actions
              and (:actor is null or e.actor = :actor)
              and e.occurredAt >= :from and e.occurredAt < :until
              and (:text is null or lower(coalesce(e.target, '')) like :text escape '!'
                   or lower(coalesce(e.detail, '')) like :text escape '!')""";

    private final AuditEntryRepository entries;
    private final EntityManager entityManager;
    private final SecurityContextHolderStrategy contextHolder;
    private final Clock clock;

    AuditLog(AuditEntryRepository entries, EntityManager entityManager, SecurityContextHolderStrategy contextHolder, Clock clock) {
        this.entries = entries;
        this.entityManager = entityManager;
        this.contextHolder = contextHolder;
        this.clock = clock;
    }

    /**
     * Stored just before the reporting transaction commits, inside it; a report made outside any transaction (a
     * sign-in) gets one of its own. MANDATORY would be wrong for the second case, so REQUIRED.
     */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRED)
    void on(Audited event) {
        String actor = event.actor() != null ? event.actor() : currentActor();
        entries.save(new AuditEntry(Instant.now(clock), actor, event.action(), event.target(), event.detail(), clientAddress()));
    }

    /** Entries matching the filter, newest first; {@code limit} at most {@link #PAGE_MAX}. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<AuditEntry> search(AuditFilter filter, int offset, int limit) {
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("offset " + offset + ", limit " + limit);
        }
        return bind(entityManager.createQuery("select e " + MATCHING + " order by e.occurredAt desc, e.id desc",
                AuditEntry.class), filter)
                .setFirstResult(offset)
                .setMaxResults(Math.min(limit, PAGE_MAX))
                .getResultList();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public long count(AuditFilter filter) {
        return bind(entityManager.createQuery("select count(e) " + MATCHING, Long.class), filter).getSingleResult();
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, AuditFilter filter) {
        return query.setParameter("actions", actions(filter))
                .setParameter("actor", Text.blankToNull(filter.actor()))
                .setParameter("from", filter.fromOrEpoch())
                .setParameter("until", filter.untilOrFarFuture())
                .setParameter("text", Text.containsPattern(filter.text()));
    }

    private static Collection<AuditAction> actions(AuditFilter filter) {
        return filter.actions() == null || filter.actions().isEmpty() ? EnumSet.allOf(AuditAction.class) : filter.actions();
    }

    private String currentActor() {
        Authentication authentication = contextHolder.getContext().getAuthentication();
        return authentication == null || authentication instanceof AnonymousAuthenticationToken
                ? ANONYMOUS : authentication.getName();
    }

    private static String clientAddress() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                ? request.getRequest().getRemoteAddr() : null;
    }
}
