package org.greenborder.academy.support;

import org.greenborder.academy.workshop.AgencyType;
import org.greenborder.academy.workshop.AgendaService;
import org.greenborder.academy.workshop.AgendaSession;
import org.greenborder.academy.workshop.BreakoutService;
import org.greenborder.academy.workshop.EventRole;
import org.greenborder.academy.workshop.EventStatus;
import org.greenborder.academy.workshop.Organisation;
import org.greenborder.academy.workshop.ParticipantService;
import org.greenborder.academy.workshop.Person;
import org.greenborder.academy.workshop.Registration;
import org.greenborder.academy.workshop.SessionKind;
import org.greenborder.academy.workshop.WorkshopEvent;
import org.greenborder.academy.workshop.WorkshopService;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.UUID;
import java.util.function.Supplier;
import org.greenborder.academy.security.NewAccount;
import org.greenborder.academy.security.Role;
import org.greenborder.academy.security.SystemIdentity;
import org.greenborder.academy.security.UserAccountService;
import org.greenborder.academy.shared.CountryCode;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Test data made through the secured services, as the system or as a given user: accounts, events in Vientiane,
 * agenda sessions and participants linked to accounts. Not a component (component scanning would add it to every
 * test's context): tests bring it in with {@code @Import(WorkshopFixture.class)}.
 */
public class WorkshopFixture {

    public static final String PASSWORD = "a long enough password";
    public static final CountryCode LAOS = CountryCode.of("LA");

    public final SystemIdentity system;
    public final UserAccountService accounts;
    public final WorkshopService workshops;
    public final AgendaService agenda;
    public final ParticipantService participants;
    public final BreakoutService breakouts;
    public final SecurityContextHolderStrategy contextHolder;

    public WorkshopFixture(SystemIdentity system, UserAccountService accounts, WorkshopService workshops, AgendaService agenda,
                    ParticipantService participants, BreakoutService breakouts, SecurityContextHolderStrategy contextHolder) {
        this.system = system;
        this.accounts = accounts;
        this.workshops = workshops;
        this.agenda = agenda;
        this.participants = participants;
        this.breakouts = breakouts;
        this.contextHolder = contextHolder;
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A new enabled account with the role and {@link #PASSWORD}; returns the user name. */
    public String account(Role role) {
        String username = unique(role.name().toLowerCase());
        system.run(() -> accounts.create(new NewAccount(username, "Test " + role.label(), null, null, LAOS,
                EnumSet.of(role), PASSWORD)));
        return username;
    }

    public <T> T as(String username, Role role, Supplier<T> work) {
        return SignedIn.as(contextHolder, username, role, work);
    }

    /** An event in Vientiane, 8 to 10 March 2027, created by the system. */
    public WorkshopEvent event(String title, EventStatus status) {
        WorkshopEvent event = newEvent(title, status);
        return system.call(() -> workshops.create(event));
    }

    /** An event in Vientiane, 8 to 10 March 2027, not saved yet. */
    public WorkshopEvent newEvent(String title, EventStatus status) {
        WorkshopEvent event = new WorkshopEvent();
        event.setTitle(title);
        event.setStartDate(LocalDate.of(2027, 3, 8));
        event.setEndDate(LocalDate.of(2027, 3, 10));
        event.setVenueCity("Vientiane");
        event.setVenueCountry(LAOS);
        event.setTimeZone("Asia/Vientiane");
        event.setStatus(status);
        event.setSummary("Customs and ozone officers of the region meet on illegal trade in HFCs.");
        return event;
    }

    public Organisation organisation(String name, String acronym) {
        return system.call(() -> workshops.organisation(name, acronym, null));
    }

    public AgendaSession session(WorkshopEvent event, LocalDate day, LocalTime start, LocalTime end, SessionKind kind, String title) {
        AgendaSession session = new AgendaSession();
        session.setDay(day);
        session.setStartTime(start);
        session.setEndTime(end);
        session.setKind(kind);
        session.setTitle(title);
        return session;
    }

    public AgendaSession save(WorkshopEvent event, AgendaSession session) {
        return system.call(() -> agenda.save(event.getId(), session));
    }

    /** A person linked to the account, nominated for the event in the role and approved. */
    public Registration confirmedParticipant(WorkshopEvent event, String fullName, String username, EventRole role) {
        return system.call(() -> {
            Person person = new Person(fullName, LAOS, AgencyType.CUSTOMS, null);
            person.setUsername(username);
            person.setEmail(username == null ? null : username + "@example.org");
            Person saved = participants.savePerson(person);
            Registration registration = participants.nominate(event.getId(), saved.getId(), role, "Lao Customs");
            return participants.approve(registration.getId());
        });
    }
}
