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
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.greenborder.academy.shared.CapacityTheme;
import org.greenborder.academy.shared.CountryCode;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A recommendation or an action item (next step) from an event, with an owner and a capacity theme. */
@Entity
public class Outcome {

    public static final int TEXT_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "event_id", nullable = false)
    private Long eventId;

    @NotNull
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "outcome_kind", nullable = false, length = 20)
    private OutcomeKind kind = OutcomeKind.ACTION_ITEM;

    @NotBlank
    @Size(max = TEXT_MAX)
    @Column(name = "description", nullable = false, length = TEXT_MAX)
    private String text;

    @NotNull
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "owner_type", nullable = false, length = 20)
    private OwnerType ownerType = OwnerType.NETWORK;

    @Column(name = "owner_country", length = 2)
    private CountryCode ownerCountry;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "owner_organisation_id")
    private Organisation ownerOrganisation;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @NotNull
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private OutcomeStatus status = OutcomeStatus.OPEN;

    @NotNull
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 40)
    private CapacityTheme theme;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    public Outcome() {
    }

    @AssertTrue(message = "Choose the owning country")
    boolean isCountryOwnerGiven() {
        return ownerType != OwnerType.COUNTRY || ownerCountry != null;
    }

    @AssertTrue(message = "Choose the owning organisation")
    boolean isOrganisationOwnerGiven() {
        return ownerType != OwnerType.ORGANISATION || ownerOrganisation != null;
    }

    /** "Viet Nam", "UNEP OzonAction CAP" or "The network". */
    public String ownerName() {
        return switch (ownerType) {
            case COUNTRY -> ownerCountry == null ? "" : ownerCountry.displayName();
            case ORGANISATION -> ownerOrganisation == null ? "" : ownerOrganisation.shortName();
            case NETWORK -> OwnerType.NETWORK.label();
        };
    }

    public boolean isOverdue(LocalDate today) {
        return dueDate != null && dueDate.isBefore(today)
                && (status == OutcomeStatus.OPEN || status == OutcomeStatus.IN_PROGRESS);
    }

    public Long getId() {
        return id;
    }

    public Long getEventId() {
        return eventId;
    }

    void setEventId(Long eventId) {
        this.eventId = eventId;
    }

    public OutcomeKind getKind() {
        return kind;
    }

    public void setKind(OutcomeKind kind) {
        this.kind = kind;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public OwnerType getOwnerType() {
        return ownerType;
    }

    public void setOwnerType(OwnerType ownerType) {
        this.ownerType = ownerType;
    }

    public CountryCode getOwnerCountry() {
        return ownerCountry;
    }

    public void setOwnerCountry(CountryCode ownerCountry) {
        this.ownerCountry = ownerCountry;
    }

    public Organisation getOwnerOrganisation() {
        return ownerOrganisation;
    }

    public void setOwnerOrganisation(Organisation ownerOrganisation) {
        this.ownerOrganisation = ownerOrganisation;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    public OutcomeStatus getStatus() {
        return status;
    }

    public void setStatus(OutcomeStatus status) {
        this.status = status;
    }

    public CapacityTheme getTheme() {
        return theme;
    }

    public void setTheme(CapacityTheme theme) {
        this.theme = theme;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    void setUpdatedAt(Instant updatedAt) {
        this.updatedAt = updatedAt;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Outcome that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
