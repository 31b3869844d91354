package org.greenborder.academy.workshop;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.greenborder.academy.shared.CapacityTheme;
import org.greenborder.academy.shared.Convention;
import org.greenborder.academy.shared.CountryCode;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A workshop, meeting, training, site visit or webinar, held at a venue in the venue's time zone. */
@Entity
@Table(name = "workshop_event")
public class WorkshopEvent {

    public static final int TITLE_MAX = 250;
    public static final int CITY_MAX = 100;
    public static final int SUMMARY_MAX = 4000;
    public static final int CAPACITY_MAX = 2000;
    /** Longer than any real workshop; stops a typo in the year from creating a thousand-day agenda. */
    public static final int MAX_DAYS = 31;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "event_type", nullable = false, length = 40)
    private EventType type = EventType.CAPACITY_BUILDING_WORKSHOP;

    @NotBlank
    @Size(max = TITLE_MAX)
    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @NotNull
    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @NotNull
    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    @NotBlank
    @Size(max = CITY_MAX)
    @Column(name = "venue_city", nullable = false, length = CITY_MAX)
    private String venueCity;

    @NotNull
    @Column(name = "venue_country", nullable = false, length = 2)
    private CountryCode venueCountry;

    @NotBlank
    @Column(name = "time_zone", nullable = false, length = 40)
    private String timeZone;

    @NotNull
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private EventStatus status = EventStatus.DRAFT;

    @Size(max = SUMMARY_MAX)
    @Column(length = SUMMARY_MAX)
    private String summary;

    /** Places for participants and observers; empty means no limit. */
    @Min(value = 1, message = "Capacity must be at least 1, or left empty for no limit")
    @Max(CAPACITY_MAX)
    private Integer capacity;

    @ManyToMany(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @JoinTable(name = "event_organiser", joinColumns = @JoinColumn(name = "event_id"),
            inverseJoinColumns = @JoinColumn(name = "organisation_id"))
    private Set<Organisation> organisers = new LinkedHashSet<>();

    @ManyToMany(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @JoinTable(name = "event_partner", joinColumns = @JoinColumn(name = "event_id"),
            inverseJoinColumns = @JoinColumn(name = "organisation_id"))
    private Set<Organisation> partners = new LinkedHashSet<>();

    /** User names of the accounts that may edit this event (administrators always may). */
    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "event_editor", joinColumns = @JoinColumn(name = "event_id"))
    @Column(name = "username", nullable = false, length = 50)
    private Set<String> editors = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "event_need", joinColumns = @JoinColumn(name = "event_id"))
    @Column(name = "theme", nullable = false, length = 40)
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Set<CapacityTheme> needs = EnumSet.noneOf(CapacityTheme.class);

    /** The conventions whose controls the event trains; none means a cross-cutting event. */
    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "event_convention", joinColumns = @JoinColumn(name = "event_id"))
    @Column(name = "convention", nullable = false, length = 20)
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Set<Convention> conventions = EnumSet.noneOf(Convention.class);

    @Column(name = "created_by", nullable = false, length = 50)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    public WorkshopEvent() {
    }

    @AssertTrue(message = "The end date cannot be before the start date")
    boolean isDateOrderValid() {
        return startDate == null || endDate == null || !endDate.isBefore(startDate);
    }

    @AssertTrue(message = "An event can last at most " + MAX_DAYS + " days")
    boolean isLengthValid() {
        return startDate == null || endDate == null || ChronoUnit.DAYS.between(startDate, endDate) < MAX_DAYS;
    }

    @AssertTrue(message = "Unknown time zone; use a region name such as Asia/Vientiane")
    boolean isTimeZoneValid() {
        if (timeZone == null || timeZone.isBlank()) {
            return true;
        }
        try {
            ZoneId.of(timeZone);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(startDate) && !day.isAfter(endDate);
    }

    public Long getId() {
        return id;
    }

    public EventType getType() {
        return type;
    }

    public void setType(EventType type) {
        this.type = type;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public String getVenueCity() {
        return venueCity;
    }

    public void setVenueCity(String venueCity) {
        this.venueCity = venueCity;
    }

    public CountryCode getVenueCountry() {
        return venueCountry;
    }

    public void setVenueCountry(CountryCode venueCountry) {
        this.venueCountry = venueCountry;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public EventStatus getStatus() {
        return status;
    }

    public void setStatus(EventStatus status) {
        this.status = status;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public Set<Organisation> getOrganisers() {
        return organisers;
    }

    public void setOrganisers(Set<Organisation> organisers) {
        this.organisers = new LinkedHashSet<>(organisers);
    }

    public Set<Organisation> getPartners() {
        return partners;
    }

    public void setPartners(Set<Organisation> partners) {
        this.partners = new LinkedHashSet<>(partners);
    }

    public Set<String> getEditors() {
        return editors;
    }

    public void setEditors(Set<String> editors) {
        this.editors = new HashSet<>(editors);
    }

    public Set<CapacityTheme> getNeeds() {
        return needs;
    }

    public void setNeeds(Set<CapacityTheme> needs) {
        this.needs = needs.isEmpty() ? EnumSet.noneOf(CapacityTheme.class) : EnumSet.copyOf(needs);
    }

    public Set<Convention> getConventions() {
        return conventions;
    }

    public void setConventions(Set<Convention> conventions) {
        this.conventions = conventions == null || conventions.isEmpty() ? EnumSet.noneOf(Convention.class) : EnumSet.copyOf(conventions);
    }

    public String getCreatedBy() {
        return createdBy;
    }

    void setCreatedBy(String createdBy) {
        this.createdBy = createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WorkshopEvent that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
