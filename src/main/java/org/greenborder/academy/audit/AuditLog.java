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
import org.springframework.context.event.EventListener;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
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
    private final TransactionTemplate ownTransaction;

    AuditLog(AuditEntryRepository entries, EntityManager entityManager, SecurityContextHolderStrategy contextHolder, Clock clock,
             PlatformTransactionManager transactions) {
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.entries = entries;
        this.entityManager = entityManager;
        this.contextHolder = contextHolder;
        this.clock = clock;
    }

    /**
     * Stored at once, with the actor and address of the moment it is reported: inside the reporting transaction
     * when there is a writable one (so what rolls back leaves no entry), otherwise in a transaction of its own (a
     * sign-in, a refusal inside a read-only query). Resolving the actor later, at commit, would miss start-up
     * work, whose identity is gone by the time an outer transaction commits.
     */
    @EventListener
    void on(Audited event) {
        String actor = event.actor() != null ? event.actor() : currentActor();
        AuditEntry entry = new AuditEntry(Instant.now(clock), actor, event.action(), event.target(), event.detail(), clientAddress());
        if (TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            entries.save(entry);
        } else {
            ownTransaction.executeWithoutResult(status -> entries.save(entry));
        }
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
