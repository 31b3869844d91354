package org.greenborder.academy.workshop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A person's place (or wish for one) at an event, in a role. */
@Entity
public class Registration {

    public static final int NOMINATED_BY_MAX = 160;
    public static final int NOTE_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "event_id", nullable = false)
    private Long eventId;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "person_id", nullable = false)
    private Person person;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "event_role", nullable = false, length = 30)
    private EventRole role;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private RegistrationStatus status = RegistrationStatus.NOMINATED;

    /** Who put the person forward, e.g. "Lao Department of Customs" or a focal point's name. */
    @Size(max = NOMINATED_BY_MAX)
    @Column(name = "nominated_by", length = NOMINATED_BY_MAX)
    private String nominatedBy;

    @Size(max = NOTE_MAX)
    @Column(length = NOTE_MAX)
    private String note;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    /** When the registration joined the waitlist: the waitlist is served first come, first served. */
    @Column(name = "queued_at")
    private Instant queuedAt;

    @Version
    private long version;

    protected Registration() {
    }

    Registration(Long eventId, Person person, EventRole role, Instant requestedAt) {
        this.eventId = eventId;
        this.person = person;
        this.role = role;
        this.requestedAt = requestedAt;
    }

    /** Participants and observers take places; organisers, resource persons and remote presenters do not. */
    public boolean takesPlace() {
        return role == EventRole.PARTICIPANT || role == EventRole.OBSERVER;
    }

    public Long getId() {
        return id;
    }

    public Long getEventId() {
        return eventId;
    }

    public Person getPerson() {
        return person;
    }

    public EventRole getRole() {
        return role;
    }

    void setRole(EventRole role) {
        this.role = role;
    }

    public RegistrationStatus getStatus() {
        return status;
    }

    void setStatus(RegistrationStatus status) {
        this.status = status;
    }

    public String getNominatedBy() {
        return nominatedBy;
    }

    void setNominatedBy(String nominatedBy) {
        this.nominatedBy = nominatedBy;
    }

    public String getNote() {
        return note;
    }

    void setNote(String note) {
        this.note = note;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public Instant getQueuedAt() {
        return queuedAt;
    }

    void setQueuedAt(Instant queuedAt) {
        this.queuedAt = queuedAt;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Registration that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
