package org.greenborder.academy.workshop;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import org.greenborder.academy.support.MutableClock;
import org.greenborder.academy.support.SignedIn;
import org.greenborder.academy.security.Role;
import org.greenborder.academy.security.SystemIdentity;
import org.greenborder.academy.shared.CountryCode;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Shared set-up of the workshop service tests. Every subclass has the same configuration, so they all share one
 * cached application context (one in-memory database): each test makes its own events and people with unique
 * names instead of relying on an empty database. The clock is a {@link MutableClock} that each test starts at
 * {@link #BEFORE_EVENTS} and may move.
 */
@SpringBootTest
@Import(MutableClock.Config.class)
abstract class WorkshopTestBase {

    static final String ZONE = "Asia/Vientiane";
    static final ZoneId VIENTIANE = ZoneId.of(ZONE);
    /** A Monday; test events run from here for three days unless a test says otherwise. */
    static final LocalDate START = LocalDate.of(2026, 5, 11);
    static final Instant BEFORE_EVENTS = START.minusMonths(2).atTime(9, 0).atZone(VIENTIANE).toInstant();

    @Autowired
    WorkshopService workshops;
    @Autowired
    AgendaService agenda;
    @Autowired
    BreakoutService breakouts;
    @Autowired
    ParticipantService participants;
    @Autowired
    AttendanceService attendance;
    @Autowired
    OutcomeService outcomes;
    @Autowired
    EvaluationService evaluation;
    @Autowired
    PersonRepository personRepository;
    @Autowired
    RegistrationRepository registrationRepository;
    @Autowired
    SystemIdentity system;
    @Autowired
    SecurityContextHolderStrategy contextHolder;
    @Autowired
    MutableClock clock;

    @BeforeEach
    void startTheClockBeforeTheEvents() {
        clock.set(BEFORE_EVENTS);
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    // ---- running as someone ------------------------------------------------------------------------------

    <T> T callAs(String username, Role role, Supplier<T> work) {
        return SignedIn.as(contextHolder, username, role, work);
    }

    void runAs(String username, Role role, Runnable work) {
        callAs(username, role, () -> {
            work.run();
            return null;
        });
    }

    /** Set-up as an administrator, who may edit every event. */
    <T> T admin(Supplier<T> work) {
        return system.call(work);
    }

    // ---- fixtures (made as an administrator unless the test says otherwise) ---------------------------------

    static WorkshopEvent draftEvent(String title, Integer capacity) {
        WorkshopEvent event = new WorkshopEvent();
        event.setTitle(title);
        event.setStartDate(START);
        event.setEndDate(START.plusDays(2));
        event.setVenueCity("Vientiane");
        event.setVenueCountry(CountryCode.of("LA"));
        event.setTimeZone(ZONE);
        event.setCapacity(capacity);
        return event;
    }

    WorkshopEvent event(Integer capacity, EventStatus status) {
        WorkshopEvent event = draftEvent(unique("Customs workshop"), capacity);
        event.setStatus(status);
        return admin(() -> workshops.create(event));
    }

    WorkshopEvent publishedEvent(Integer capacity) {
        return event(capacity, EventStatus.PUBLISHED);
    }

    Person person(String name, String country, AgencyType agency) {
        return person(name, country, agency, null);
    }

    Person person(String name, String country, AgencyType agency, String username) {
        Person person = new Person(name, CountryCode.of(country), agency, null);
        String local = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", ".").replaceAll("^\\.+|\\.+$", "");
        person.setEmail(unique(local.isEmpty() ? "person" : local) + "@example.org");
        person.setUsername(username);
        return admin(() -> participants.savePerson(person));
    }

    Person person(String name) {
        return person(name, "LA", AgencyType.CUSTOMS);
    }

    Registration nominate(WorkshopEvent event, Person person, EventRole role) {
        return admin(() -> participants.nominate(event.getId(), person.getId(), role, "Focal point"));
    }

    Registration nominate(WorkshopEvent event, Person person) {
        return nominate(event, person, EventRole.PARTICIPANT);
    }

    Registration approve(Registration registration) {
        return admin(() -> participants.approve(registration.getId()));
    }

    Registration confirmed(WorkshopEvent event, Person person) {
        Registration registration = approve(nominate(event, person));
        if (registration.getStatus() != RegistrationStatus.CONFIRMED) {
            throw new IllegalStateException("Fixture expected a free place for " + person.getFullName());
        }
        return registration;
    }

    RegistrationStatus statusOf(Registration registration) {
        return registrationRepository.findById(registration.getId()).orElseThrow().getStatus();
    }

    AgendaSession session(WorkshopEvent event, LocalDate day, String start, String end, SessionKind kind, String title) {
        AgendaSession session = new AgendaSession();
        session.setDay(day);
        session.setStartTime(LocalTime.parse(start));
        session.setEndTime(LocalTime.parse(end));
        session.setKind(kind);
        session.setTitle(title);
        return admin(() -> agenda.save(event.getId(), session));
    }

    static Instant vientiane(LocalDate day, String time) {
        return LocalDateTime.of(day, LocalTime.parse(time)).atZone(VIENTIANE).toInstant();
    }
}
