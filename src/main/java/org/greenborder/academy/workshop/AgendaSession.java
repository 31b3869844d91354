package org.greenborder.academy.workshop;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One slot of an event's agenda, on a day, in the venue's local time. */
@Entity
@Table(name = "agenda_session")
public class AgendaSession {

    public static final int TITLE_MAX = 250;
    public static final int ROOM_MAX = 100;
    public static final int SCOPE_MAX = 2000;
    public static final int ASSUMPTIONS_MAX = 3000;
    public static final int GOALS_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "event_id", nullable = false)
    private Long eventId;

    @NotNull
    @Column(name = "session_day", nullable = false)
    private LocalDate day;

    @NotNull
    @Column(name = "start_time", nullable = false)
    private LocalTime startTime;

    @NotNull
    @Column(name = "end_time", nullable = false)
    private LocalTime endTime;

    @NotNull
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "session_kind", nullable = false, length = 20)
    private SessionKind kind = SessionKind.PLENARY;

    @NotBlank
    @Size(max = TITLE_MAX)
    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Size(max = ROOM_MAX)
    @Column(length = ROOM_MAX)
    private String room;

    @Size(max = SCOPE_MAX)
    @Column(length = SCOPE_MAX)
    private String scope;

    /** One assumption per line. */
    @Size(max = ASSUMPTIONS_MAX)
    @Column(length = ASSUMPTIONS_MAX)
    private String assumptions;

    /** One goal per line. */
    @Size(max = GOALS_MAX)
    @Column(name = "expected_goals", length = GOALS_MAX)
    private String expectedGoals;

    /** Speakers and resource persons in the room. */
    @ManyToMany(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @JoinTable(name = "session_speaker", joinColumns = @JoinColumn(name = "session_id"),
            inverseJoinColumns = @JoinColumn(name = "registration_id"))
    private Set<Registration> speakers = new LinkedHashSet<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @JoinColumn(name = "session_id", nullable = false)
    @OrderBy("position")
    private List<@Valid RemoteContribution> contributions = new ArrayList<>();

    @Column(name = "check_in_token", length = 64, unique = true)
    private String checkInToken;

    @Column(name = "check_in_expires")
    private Instant checkInExpires;

    @Version
    private long version;

    public AgendaSession() {
    }

    @AssertTrue(message = "The session must end after it starts")
    boolean isTimeOrderValid() {
        return startTime == null || endTime == null || endTime.isAfter(startTime);
    }

    public ZonedDateTime start(ZoneId zone) {
        return ZonedDateTime.of(day, startTime, zone);
    }

    public ZonedDateTime end(ZoneId zone) {
        return ZonedDateTime.of(day, endTime, zone);
    }

    /** Sessions in which attendance is taken (everything but breaks). */
    public boolean takesAttendance() {
        return kind != SessionKind.BREAK;
    }

    public static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
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

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public void setStartTime(LocalTime startTime) {
        this.startTime = startTime;
    }

    public LocalTime getEndTime() {
        return endTime;
    }

    public void setEndTime(LocalTime endTime) {
        this.endTime = endTime;
    }

    public SessionKind getKind() {
        return kind;
    }

    public void setKind(SessionKind kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getRoom() {
        return room;
    }

    public void setRoom(String room) {
        this.room = room;
    }

    public String getScope() {
        return scope;
    }

    public void setScope(String scope) {
        this.scope = scope;
    }

    public String getAssumptions() {
        return assumptions;
    }

    public void setAssumptions(String assumptions) {
        this.assumptions = assumptions;
    }

    public String getExpectedGoals() {
        return expectedGoals;
    }

    public void setExpectedGoals(String expectedGoals) {
        this.expectedGoals = expectedGoals;
    }

    public Set<Registration> getSpeakers() {
        return speakers;
    }

    public void setSpeakers(Set<Registration> speakers) {
        this.speakers = new LinkedHashSet<>(speakers);
    }

    public List<RemoteContribution> getContributions() {
        return contributions;
    }

    public void setContributions(List<RemoteContribution> contributions) {
        this.contributions.clear();
        for (int i = 0; i < contributions.size(); i++) {
            contributions.get(i).setPosition(i);
            this.contributions.add(contributions.get(i));
        }
    }

    String getCheckInToken() {
        return checkInToken;
    }

    void setCheckInToken(String checkInToken) {
        this.checkInToken = checkInToken;
    }

    public Instant getCheckInExpires() {
        return checkInExpires;
    }

    void setCheckInExpires(Instant checkInExpires) {
        this.checkInExpires = checkInExpires;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AgendaSession that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
