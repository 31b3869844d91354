package org.greenborder.academy.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One line of the audit trail. Immutable: Hibernate never writes an UPDATE for it. */
@Entity
@Immutable
@Table(name = "audit_entry")
public class AuditEntry {

    static final int ACTOR_MAX = 50;
    static final int TARGET_MAX = 200;
    static final int DETAIL_MAX = 1000;
    static final int ADDRESS_MAX = 64;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false, length = ACTOR_MAX)
    private String actor;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, updatable = false, length = 40)
    private AuditAction action;

    @Column(updatable = false, length = TARGET_MAX)
    private String target;

    @Column(updatable = false, length = DETAIL_MAX)
    private String detail;

    @Column(name = "client_address", updatable = false, length = ADDRESS_MAX)
    private String clientAddress;

    protected AuditEntry() {
    }

    AuditEntry(Instant occurredAt, String actor, AuditAction action, String target, String detail, String clientAddress) {
        this.occurredAt = occurredAt;
        this.actor = cut(actor, ACTOR_MAX);
        this.action = action;
        this.target = cut(target, TARGET_MAX);
        this.detail = cut(detail, DETAIL_MAX);
        this.clientAddress = cut(clientAddress, ADDRESS_MAX);
    }

    private static String cut(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        return text.substring(0, max - 1) + "…";
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public AuditAction getAction() {
        return action;
    }

    public String getTarget() {
        return target;
    }

    public String getDetail() {
        return detail;
    }

    public String getClientAddress() {
        return clientAddress;
    }
}
