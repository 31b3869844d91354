package org.greenborder.academy.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.greenborder.academy.support.WorkshopFixture;
import org.greenborder.academy.security.Role;
import org.greenborder.academy.security.UserAccount;
import org.greenborder.academy.shared.CountryCode;
import org.greenborder.academy.shared.NotFoundException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

@SpringBootTest
@Import(WorkshopFixture.class)
class CalendarServiceTest {

    private static final LocalDate MONDAY = LocalDate.of(2027, 3, 8);
    private static final String HOSTILE_TITLE =
            "Closing\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:evil@example.org\rSUMMARY:Injected\u2028DTSTART:19700101T000000Z";

    @Autowired
    CalendarService calendars;
    @Autowired
    WorkshopFixture fixture;

    @Test
    void anEventCalendarHasOneVeventPerSessionAtLocalTimesInTheVenuesTimeZone() throws Exception {
        WorkshopEvent event = fixture.event(WorkshopFixture.unique("Regional workshop on HFC trade"), EventStatus.PUBLISHED);
        Organisation ozonAction = fixture.organisation(WorkshopFixture.unique("UNEP OzonAction"), "OzonAction");
        AgendaSession opening = fixture.session(event, MONDAY, LocalTime.of(9, 0), LocalTime.of(10, 30), SessionKind.PLENARY, "Opening");
        opening.setRoom("Mekong Room");
        opening.setScope("Why customs and ozone officers meet");
        opening.setExpectedGoals("A shared list of risk indicators\n\nNames of focal points");
        opening.setContributions(List.of(new RemoteContribution(ContributionKind.VIDEO_PRESENTATION,
                "Trends in HFC seizures", "Ms Sok Dara", ozonAction)));
        opening = fixture.save(event, opening);
        AgendaSession hostile = fixture.save(event,
                fixture.session(event, MONDAY.plusDays(1), LocalTime.of(15, 30), LocalTime.of(16, 0), SessionKind.PLENARY, HOSTILE_TITLE));

        String ics = fixture.system.call(() -> calendars.eventCalendar(event.getId()));

        // lenient readers end a line at a lone CR or LF too: no line break may get through unescaped
        assertThat(ics).doesNotContainPattern("\r(?!\n)|(?<!\r)\n");
        List<String> lines = Arrays.asList(ics.split("\r\n|\r|\n"));
        assertThat(lines).filteredOn("BEGIN:VEVENT"::equals).hasSize(2);
        assertThat(lines).noneMatch(line -> line.startsWith("UID:evil") || line.startsWith("SUMMARY:Injected")
                || line.startsWith("DTSTART:1970"));
        assertThat(ics).contains("DTSTART;TZID=Asia/Vientiane:20270308T090000",
                "DTEND;TZID=Asia/Vientiane:20270308T103000");

        Calendar calendar = parse(ics);
        assertThat(value(calendar.getProperty(Property.PRODID))).isEqualTo("-//Green Border Academy//Workshops//EN");
        assertThat(value(calendar.getProperty(Property.VERSION))).isEqualTo("2.0");
        assertThat(value(calendar.getProperty(Property.CALSCALE))).isEqualTo("GREGORIAN");
        assertThat(value(calendar.getProperty(Property.METHOD))).isEqualTo("PUBLISH");
        assertThat(value(calendar.getProperty("X-WR-CALNAME"))).isEqualTo(event.getTitle());

        List<VTimeZone> zones = calendar.getComponents(Component.VTIMEZONE);
        assertThat(zones).singleElement()
                .satisfies(zone -> assertThat(zone.getTimeZoneId().getValue()).isEqualTo("Asia/Vientiane"));

        List<VEvent> vEvents = calendar.getComponents(Component.VEVENT);
        assertThat(vEvents).hasSize(2);
        VEvent first = vEvents.get(0);
        assertThat(value(first.getProperty(Property.UID))).isEqualTo("session-" + opening.getId() + "@greenborder.academy");
        assertThat(first.getDateTimeStart().getParameter(Parameter.TZID)).hasValueSatisfying(
                tzid -> assertThat(tzid.getValue()).isEqualTo("Asia/Vientiane"));
        ZonedDateTime start = (ZonedDateTime) first.getDateTimeStart().getDate();
        assertThat(start.toLocalDateTime()).isEqualTo(LocalDateTime.of(2027, 3, 8, 9, 0));
        // the VTIMEZONE really is UTC+7: a reader anywhere sees 02:00 UTC
        assertThat(start.toInstant()).isEqualTo(Instant.parse("2027-03-08T02:00:00Z"));
        assertThat(((ZonedDateTime) first.getDateTimeEnd().getDate()).toLocalTime()).isEqualTo(LocalTime.of(10, 30));
        assertThat(first.getSummary().getValue()).isEqualTo("Opening — " + event.getTitle());
        assertThat(first.getLocation().getValue()).isEqualTo("Mekong Room, Vientiane, Lao PDR");
        assertThat(first.getDescription().getValue()).contains(
                "Scope: Why customs and ozone officers meet",
                "Expected goals:\n- A shared list of risk indicators\n- Names of focal points",
                "Remote contributions:\n- Video presentation: Trends in HFC seizures (Ms Sok Dara, OzonAction)");
        assertThat(first.getProperty(Property.DTSTAMP)).isPresent();

        VEvent second = vEvents.get(1);
        assertThat(value(second.getProperty(Property.UID))).isEqualTo("session-" + hostile.getId() + "@greenborder.academy");
        assertThat(second.getSummary().getValue()).isEqualTo(
                "Closing\nEND:VEVENT\nBEGIN:VEVENT\nUID:evil@example.org\nSUMMARY:Injected\nDTSTART:19700101T000000Z — "
                        + event.getTitle());
        assertThat(second.getLocation().getValue()).isEqualTo("Vientiane, Lao PDR");
        assertThat(second.getDescription()).isNull();
    }

    @Test
    void aSessionCalendarHoldsThatSessionOnly() throws Exception {
        WorkshopEvent event = fixture.event(WorkshopFixture.unique("Joint meeting"), EventStatus.PUBLISHED);
        fixture.save(event, fixture.session(event, MONDAY, LocalTime.of(9, 0), LocalTime.of(10, 0), SessionKind.PLENARY, "Welcome"));
        AgendaSession coffee = fixture.save(event,
                fixture.session(event, MONDAY, LocalTime.of(10, 0), LocalTime.of(10, 15), SessionKind.BREAK, "Coffee"));

        Calendar calendar = parse(fixture.system.call(() -> calendars.sessionCalendar(coffee.getId())));

        List<VEvent> vEvents = calendar.getComponents(Component.VEVENT);
        assertThat(vEvents).singleElement().satisfies(vEvent -> {
            assertThat(value(vEvent.getProperty(Property.UID))).isEqualTo("session-" + coffee.getId() + "@greenborder.academy");
            assertThat(vEvent.getSummary().getValue()).isEqualTo("Coffee — " + event.getTitle());
            assertThat(((ZonedDateTime) vEvent.getDateTimeStart().getDate()).toLocalTime()).isEqualTo(LocalTime.of(10, 0));
        });
        assertThat(calendar.<VTimeZone>getComponents(Component.VTIMEZONE)).hasSize(1);
    }

    @Test
    void anEventWithoutSessionsIsOneAllDayEventEndingTheDayAfter() throws Exception {
        WorkshopEvent event = fixture.event(WorkshopFixture.unique("Site visit, Thanaleng dry port"), EventStatus.PUBLISHED);

        String ics = fixture.system.call(() -> calendars.eventCalendar(event.getId()));

        assertThat(ics).contains("DTSTART;VALUE=DATE:20270308", "DTEND;VALUE=DATE:20270311");
        List<VEvent> vEvents = parse(ics).getComponents(Component.VEVENT);
        assertThat(vEvents).singleElement().satisfies(vEvent -> {
            assertThat(value(vEvent.getProperty(Property.UID))).isEqualTo("event-" + event.getId() + "@greenborder.academy");
            assertThat(vEvent.getSummary().getValue()).isEqualTo(event.getTitle());
            assertThat(vEvent.getDateTimeStart().getDate()).isEqualTo(LocalDate.of(2027, 3, 8));
            assertThat(vEvent.getDateTimeEnd().getDate()).isEqualTo(LocalDate.of(2027, 3, 11));
            assertThat(vEvent.getDescription().getValue()).startsWith("Customs and ozone officers");
        });
    }

    @Test
    void calendarsFollowTheEventsVisibility() {
        String trainee = fixture.account(Role.TRAINEE);
        WorkshopEvent draft = fixture.event(WorkshopFixture.unique("Draft workshop"), EventStatus.DRAFT);
        AgendaSession session = fixture.save(draft,
                fixture.session(draft, MONDAY, LocalTime.of(9, 0), LocalTime.of(10, 0), SessionKind.PLENARY, "Opening"));

        assertThatThrownBy(() -> fixture.as(trainee, Role.TRAINEE, () -> calendars.eventCalendar(draft.getId())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> fixture.as(trainee, Role.TRAINEE, () -> calendars.sessionCalendar(session.getId())))
                .isInstanceOf(NotFoundException.class);
        assertThat(fixture.as(WorkshopFixture.unique("analyst"), Role.ANALYST, () -> calendars.eventCalendar(draft.getId())))
                .contains("session-" + session.getId() + "@greenborder.academy");
    }

    @Test
    void aParticipantsFeedHasThePublishedEventsTheyTakePartInButNoDrafts() throws Exception {
        String trainee = fixture.account(Role.TRAINEE);
        WorkshopEvent published = fixture.event(WorkshopFixture.unique("Published workshop"), EventStatus.PUBLISHED);
        AgendaSession publishedSession = fixture.save(published,
                fixture.session(published, MONDAY, LocalTime.of(9, 0), LocalTime.of(10, 0), SessionKind.PLENARY, "Opening"));
        WorkshopEvent draft = fixture.event(WorkshopFixture.unique("Draft workshop"), EventStatus.DRAFT);
        AgendaSession draftSession = fixture.save(draft,
                fixture.session(draft, MONDAY, LocalTime.of(9, 0), LocalTime.of(10, 0), SessionKind.PLENARY, "Opening"));
        WorkshopEvent someoneElses = fixture.event(WorkshopFixture.unique("Other workshop"), EventStatus.PUBLISHED);
        Registration registration = fixture.confirmedParticipant(published, "Khamphet Sisavath", trainee, EventRole.PARTICIPANT);
        assertThat(registration.getStatus()).isEqualTo(RegistrationStatus.CONFIRMED);
        fixture.system.run(() -> fixture.participants.nominate(draft.getId(), registration.getPerson().getId(),
                EventRole.PARTICIPANT, null));

        String token = fixture.as(trainee, Role.TRAINEE, calendars::myFeedToken);
        assertThat(token).matches("[A-Za-z0-9_-]{43}");
        assertThat(fixture.as(trainee, Role.TRAINEE, calendars::myFeedToken)).isEqualTo(token);

        String ics = calendars.feed(token).orElseThrow();
        List<String> uids = parse(ics).<VEvent>getComponents(Component.VEVENT).stream()
                .map(vEvent -> value(vEvent.getProperty(Property.UID))).toList();
        assertThat(uids).containsExactly("session-" + publishedSession.getId() + "@greenborder.academy")
                .doesNotContain("session-" + draftSession.getId() + "@greenborder.academy",
                        "event-" + someoneElses.getId() + "@greenborder.academy");
    }

    @Test
    void anOrganisersFeedAlsoHasTheEventsTheyEditWhateverTheirStatus() throws Exception {
        String organiser = fixture.account(Role.ORGANISER);
        WorkshopEvent draft = new WorkshopEvent();
        draft.setTitle(WorkshopFixture.unique("Planned national training"));
        draft.setStartDate(LocalDate.of(2027, 6, 1));
        draft.setEndDate(LocalDate.of(2027, 6, 2));
        draft.setVenueCity("Phnom Penh");
        draft.setVenueCountry(CountryCode.of("KH"));
        draft.setTimeZone("Asia/Phnom_Penh");
        WorkshopEvent created = fixture.as(organiser, Role.ORGANISER, () -> fixture.workshops.create(draft));
        WorkshopEvent notTheirs = fixture.event(WorkshopFixture.unique("Someone else's draft"), EventStatus.DRAFT);

        String token = fixture.as(organiser, Role.ORGANISER, calendars::myFeedToken);

        String ics = calendars.feed(token).orElseThrow();
        assertThat(ics).contains("UID:event-" + created.getId() + "@greenborder.academy")
                .doesNotContain("UID:event-" + notTheirs.getId() + "@");
    }

    @Test
    void unknownMalformedAndRenewedTokensGiveNoFeed() {
        String trainee = fixture.account(Role.TRAINEE);
        String old = fixture.as(trainee, Role.TRAINEE, calendars::myFeedToken);

        String renewed = fixture.as(trainee, Role.TRAINEE, calendars::renewFeedToken);

        assertThat(renewed).isNotEqualTo(old).matches("[A-Za-z0-9_-]{43}");
        assertThat(calendars.feed(old)).isEmpty();
        assertThat(calendars.feed(renewed)).isPresent();
        assertThat(fixture.as(trainee, Role.TRAINEE, calendars::myFeedToken)).isEqualTo(renewed);
        assertThat(calendars.feed("A".repeat(43))).isEmpty();
        assertThat(calendars.feed("bogus")).isEmpty();
        assertThat(calendars.feed(renewed + "x")).isEmpty();
        assertThat(calendars.feed(null)).isEmpty();
    }

    @Test
    void aDisabledAccountsFeedStopsWorking() {
        String trainee = fixture.account(Role.TRAINEE);
        String token = fixture.as(trainee, Role.TRAINEE, calendars::myFeedToken);
        assertThat(calendars.feed(token)).isPresent();

        fixture.system.run(() -> {
            UserAccount account = fixture.accounts.findByUsername(trainee).orElseThrow();
            account.setEnabled(false);
            fixture.accounts.update(account);
        });

        assertThat(calendars.feed(token)).isEmpty();
    }

    @Test
    void textValuesLoseEveryKindOfLineBreakAndControlCharacter() {
        assertThat(CalendarService.text("a\r\nb\rc\nd\u2028e\u0085f\u000bg\u0000h\ti"))
                .isEqualTo("a\nb\nc\nd\ne\nf\ng" + "h\ti");
    }

    private static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    private static String value(java.util.Optional<? extends Property> property) {
        return property.orElseThrow().getValue();
    }
}
