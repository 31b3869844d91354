package org.greenborder.academy.workshop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** "Event A is {kind} event B", e.g. the joint meeting is back to back with the customs workshop. */
@Entity
@Table(name = "event_link")
class EventLink {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "from_event_id", nullable = false)
    private Long fromEventId;

    @Column(name = "to_event_id", nullable = false)
    private Long toEventId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "link_kind", nullable = false, length = 30)
    private LinkKind kind;

    protected EventLink() {
    }

    EventLink(Long fromEventId, Long toEventId, LinkKind kind) {
        this.fromEventId = fromEventId;
        this.toEventId = toEventId;
        this.kind = kind;
    }

    Long getId() {
        return id;
    }

    Long getFromEventId() {
        return fromEventId;
    }

    Long getToEventId() {
        return toEventId;
    }

    LinkKind getKind() {
        return kind;
    }
}
