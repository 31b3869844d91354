package org.greenborder.academy.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.greenborder.academy.support.WorkshopFixture;
import org.greenborder.academy.security.Role;
import org.greenborder.academy.shared.CapacityTheme;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The workshop JSON API through the real security chains (HTTP Basic with accounts made here), and the feed. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import(WorkshopFixture.class)
class WorkshopApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    WorkshopFixture fixture;
    @Autowired
    CalendarService calendars;
    @Value("${local.server.port}")
    int port;

    private static MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) {
        return request.with(httpBasic(username, WorkshopFixture.PASSWORD));
    }

    /** A published workshop with a plenary and a breakout session, two groups, speakers and a linked event. */
    private record Workshop(WorkshopEvent event, WorkshopEvent linked, String participant, AgendaSession plenary,
                            AgendaSession breakout) {
    }

    private Workshop workshop() {
        String participant = fixture.account(Role.TRAINEE);
        Organisation ozonAction = fixture.organisation(WorkshopFixture.unique("UNEP OzonAction"), "OzonAction");
        Organisation wco = fixture.organisation(WorkshopFixture.unique("World Customs Organization"), "WCO");
        WorkshopEvent draft = fixture.newEvent(WorkshopFixture.unique("Regional workshop"), EventStatus.PUBLISHED);
        draft.setOrganisers(Set.of(ozonAction));
        draft.setPartners(Set.of(wco));
        draft.setNeeds(EnumSet.of(CapacityTheme.LEGISLATION, CapacityTheme.INFORMATION_SHARING));
        WorkshopEvent event = fixture.system.call(() -> fixture.workshops.create(draft));
        WorkshopEvent linked = fixture.event(WorkshopFixture.unique("Network meeting"), EventStatus.PUBLISHED);
        fixture.system.run(() -> fixture.workshops.link(event.getId(), linked.getId(), LinkKind.BACK_TO_BACK_WITH));

        Registration khamphet = fixture.confirmedParticipant(event, "Khamphet Sisavath", participant, EventRole.PARTICIPANT);
        Registration dara = fixture.confirmedParticipant(event, "Dara Sok", null, EventRole.RESOURCE_PERSON);
        Registration minh = fixture.confirmedParticipant(event, "Nguyen Van Minh", null, EventRole.PARTICIPANT);

        AgendaSession plenary = fixture.session(event, event.getStartDate(), LocalTime.of(9, 0), LocalTime.of(10, 30),
                SessionKind.PLENARY, "Trends in illegal trade");
        plenary.setRoom("Mekong Room");
        plenary.setScope("What seizures tell us");
        plenary.setAssumptions("Most HFCs cross by road\n  \nPermits are checked at the border");
        plenary.setExpectedGoals("A shared list of risk indicators");
        plenary.setSpeakers(Set.of(dara));
        plenary.setContributions(List.of(new RemoteContribution(ContributionKind.LIVE_LINK, "Views from Geneva", "Ms Ana Silva", wco)));
        AgendaSession savedPlenary = fixture.save(event, plenary);
        AgendaSession breakout = fixture.save(event, fixture.session(event, event.getStartDate(), LocalTime.of(11, 0),
                LocalTime.of(12, 30), SessionKind.BREAKOUT, "Group work on risk profiles"));
        BreakoutGroup groupA = new BreakoutGroup("Group A", "Road borders");
        groupA.setQuestions(List.of(new ScopeQuestion(null, "Which documents are checked?"), new ScopeQuestion(null, "Who is called?")));
        BreakoutGroup savedA = fixture.system.call(() -> fixture.breakouts.save(breakout.getId(), groupA));
        BreakoutGroup withMembers = fixture.system.call(() -> fixture.breakouts.setMembers(breakout.getId(), savedA.getId(),
                Set.of(khamphet.getId(), minh.getId()), savedA.getVersion()));
        withMembers.setRapporteur(khamphet);
        fixture.system.run(() -> fixture.breakouts.save(breakout.getId(), withMembers));
        fixture.system.run(() -> fixture.breakouts.save(breakout.getId(), new BreakoutGroup("Group B", "Sea ports")));
        return new Workshop(event, linked, participant, savedPlenary, breakout);
    }

    @Test
    void detailsCarryTheAgendaWithGroupsAndScopeQuestionsButNoPersonalData() throws Exception {
        Workshop workshop = workshop();
        String organiser = fixture.account(Role.ORGANISER);

        String body = mvc.perform(as(workshop.participant(), get("/api/workshops/{id}", workshop.event().getId())))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.id").value(workshop.event().getId()))
                .andExpect(jsonPath("$.type").value("CAPACITY_BUILDING_WORKSHOP"))
                .andExpect(jsonPath("$.title").value(workshop.event().getTitle()))
                .andExpect(jsonPath("$.startDate").value("2027-03-08"))
                .andExpect(jsonPath("$.endDate").value("2027-03-10"))
                .andExpect(jsonPath("$.status").value("PUBLISHED"))
                .andExpect(jsonPath("$.summary").value(workshop.event().getSummary()))
                .andExpect(jsonPath("$.venue.city").value("Vientiane"))
                .andExpect(jsonPath("$.venue.countryCode").value("LA"))
                .andExpect(jsonPath("$.venue.countryName").value("Lao PDR"))
                .andExpect(jsonPath("$.venue.timeZone").value("Asia/Vientiane"))
                .andExpect(jsonPath("$.organisers[0].acronym").value("OzonAction"))
                .andExpect(jsonPath("$.partners[0].acronym").value("WCO"))
                .andExpect(jsonPath("$.needs[*].theme").value(containsInAnyOrder("INFORMATION_SHARING", "LEGISLATION")))
                .andExpect(jsonPath("$.needs[*].label").value(hasItem("National legislation")))
                // the linked event is not the participant's: they do not learn it exists
                .andExpect(jsonPath("$.linkedEvents").isEmpty())
                .andExpect(jsonPath("$.agenda.length()").value(2))
                .andExpect(jsonPath("$.agenda[0].id").value(workshop.plenary().getId()))
                .andExpect(jsonPath("$.agenda[0].day").value("2027-03-08"))
                .andExpect(jsonPath("$.agenda[0].start").value("09:00:00"))
                .andExpect(jsonPath("$.agenda[0].end").value("10:30:00"))
                .andExpect(jsonPath("$.agenda[0].kind").value("PLENARY"))
                .andExpect(jsonPath("$.agenda[0].title").value("Trends in illegal trade"))
                .andExpect(jsonPath("$.agenda[0].room").value("Mekong Room"))
                .andExpect(jsonPath("$.agenda[0].scope").value("What seizures tell us"))
                .andExpect(jsonPath("$.agenda[0].assumptions").value(
                        org.hamcrest.Matchers.contains("Most HFCs cross by road", "Permits are checked at the border")))
                .andExpect(jsonPath("$.agenda[0].expectedGoals[0]").value("A shared list of risk indicators"))
                .andExpect(jsonPath("$.agenda[0].speakers").value(org.hamcrest.Matchers.contains("Dara Sok")))
                .andExpect(jsonPath("$.agenda[0].remoteContributions[0].kind").value("LIVE_LINK"))
                .andExpect(jsonPath("$.agenda[0].remoteContributions[0].title").value("Views from Geneva"))
                .andExpect(jsonPath("$.agenda[0].remoteContributions[0].presenter").value("Ms Ana Silva"))
                .andExpect(jsonPath("$.agenda[0].remoteContributions[0].organisation").value(containsString("World Customs Organization")))
                .andExpect(jsonPath("$.agenda[0].groups").isEmpty())
                .andExpect(jsonPath("$.agenda[1].kind").value("BREAKOUT"))
                .andExpect(jsonPath("$.agenda[1].groups.length()").value(2))
                .andExpect(jsonPath("$.agenda[1].groups[0].label").value("Group A"))
                .andExpect(jsonPath("$.agenda[1].groups[0].theme").value("Road borders"))
                .andExpect(jsonPath("$.agenda[1].groups[0].scopeQuestions[0].letter").value("a"))
                .andExpect(jsonPath("$.agenda[1].groups[0].scopeQuestions[0].text").value("Which documents are checked?"))
                .andExpect(jsonPath("$.agenda[1].groups[0].scopeQuestions[1].letter").value("b"))
                .andExpect(jsonPath("$.agenda[1].groups[0].rapporteur").value("Khamphet Sisavath"))
                .andExpect(jsonPath("$.agenda[1].groups[0].memberCount").value(2))
                .andExpect(jsonPath("$.agenda[1].groups[1].label").value("Group B"))
                .andExpect(jsonPath("$.agenda[1].groups[1].memberCount").value(0))
                .andReturn().getResponse().getContentAsString();
        assertThat(body).doesNotContain("@example.org", "email", workshop.participant(), "nominatedBy", "Lao Customs");

        mvc.perform(as(organiser, get("/api/workshops/{id}", workshop.event().getId())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.linkedEvents[0].id").value(workshop.linked().getId()))
                .andExpect(jsonPath("$.linkedEvents[0].title").value(workshop.linked().getTitle()))
                .andExpect(jsonPath("$.linkedEvents[0].relation").value("Back to back with"))
                .andExpect(jsonPath("$.linkedEvents[0].startDate").value("2027-03-08"));
    }

    @Test
    void theListShowsWhatTheCallerMaySeeAndFilters() throws Exception {
        Workshop workshop = workshop();
        WorkshopEvent draft = fixture.event(WorkshopFixture.unique("Draft"), EventStatus.DRAFT);
        String organiser = fixture.account(Role.ORGANISER);
        long id = workshop.event().getId();

        mvc.perform(as(organiser, get("/api/workshops")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id").value(hasItem(intOrLong(id))))
                .andExpect(jsonPath("$[*].id").value(hasItem(intOrLong(draft.getId()))));
        mvc.perform(as(organiser, get("/api/workshops")
                        .param("year", "2027").param("country", "la").param("type", "CAPACITY_BUILDING_WORKSHOP").param("status", "published")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == " + id + ")].countryCode").value(hasItem("LA")))
                .andExpect(jsonPath("$[?(@.id == " + id + ")].countryName").value(hasItem("Lao PDR")))
                .andExpect(jsonPath("$[?(@.id == " + id + ")].organisers").value(hasItem("OzonAction")))
                .andExpect(jsonPath("$[?(@.id == " + id + ")].confirmed").value(hasItem(3)))
                .andExpect(jsonPath("$[*].id").value(not(hasItem(intOrLong(draft.getId())))));
        mvc.perform(as(organiser, get("/api/workshops").param("country", "KH")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id").value(not(hasItem(intOrLong(id)))));

        // a participant sees the published event they take part in, not drafts nor other people's events
        mvc.perform(as(workshop.participant(), get("/api/workshops")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].id").value(id));
    }

    @Test
    void badFilterValuesAreBadRequestsWithProblemDetails() throws Exception {
        String organiser = fixture.account(Role.ORGANISER);
        for (String[] query : new String[][] {{"status", "OPEN"}, {"country", "XX"}, {"year", "twenty"}, {"type", "party"}, {"year", "27"}}) {
            mvc.perform(as(organiser, get("/api/workshops").param(query[0], query[1])))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.status").value(400))
                    .andExpect(jsonPath("$.detail").value(containsString(query[0])));
        }
        mvc.perform(as(organiser, get("/api/workshops/not-a-number")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void unknownAndInvisibleEventsAreNotFound() throws Exception {
        String trainee = fixture.account(Role.TRAINEE);
        WorkshopEvent draft = fixture.event(WorkshopFixture.unique("Draft"), EventStatus.DRAFT);
        WorkshopEvent published = fixture.event(WorkshopFixture.unique("Not theirs"), EventStatus.PUBLISHED);

        mvc.perform(as(trainee, get("/api/workshops/{id}", Long.MAX_VALUE)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(404));
        mvc.perform(as(trainee, get("/api/workshops/{id}", draft.getId()))).andExpect(status().isNotFound());
        mvc.perform(as(trainee, get("/api/workshops/{id}", published.getId()))).andExpect(status().isNotFound());
        mvc.perform(as(trainee, get("/api/workshops/{id}/calendar.ics", draft.getId()))).andExpect(status().isNotFound());
        mvc.perform(as(trainee, get("/api/workshops/{id}/calendar.ics", draft.getId()).accept("text/calendar")))
                .andExpect(status().isNotFound());
    }

    @Test
    void theApiNeedsCredentials() throws Exception {
        mvc.perform(get("/api/workshops"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.error").value("unauthorized"));
        mvc.perform(get("/api/workshops/1/calendar.ics")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/workshops").with(httpBasic(fixture.account(Role.TRAINEE), "not the password")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void anEventCalendarDownloadsAsTextCalendar() throws Exception {
        Workshop workshop = workshop();

        mvc.perform(as(workshop.participant(), get("/api/workshops/{id}/calendar.ics", workshop.event().getId())))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/calendar;charset=UTF-8"))
                .andExpect(content().string(containsString("BEGIN:VCALENDAR")))
                .andExpect(content().string(containsString("UID:session-" + workshop.breakout().getId() + "@greenborder.academy")))
                .andExpect(content().string(containsString("DTSTART;TZID=Asia/Vientiane:20270308T110000")));
    }

    /** Over real HTTP: what a calendar app does, with no credentials and no cookies. */
    @Test
    void theFeedAddressWorksWithoutSigningInAndUnknownTokensAreNotFound() throws Exception {
        Workshop workshop = workshop();
        String token = fixture.as(workshop.participant(), Role.TRAINEE, calendars::myFeedToken);
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> feed = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/calendar/" + token + ".ics"))
                .header("Accept", "text/calendar").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type")).hasValue("text/calendar;charset=UTF-8");
        assertThat(feed.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(feed.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(feed.body()).startsWith("BEGIN:VCALENDAR\r\n")
                .contains("UID:session-" + workshop.plenary().getId() + "@greenborder.academy");

        for (String path : List.of("/calendar/bogus.ics", "/calendar/" + "A".repeat(43) + ".ics")) {
            HttpResponse<String> unknown = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(unknown.statusCode()).as(path).isEqualTo(404);
            assertThat(unknown.headers().firstValue("Location")).isEmpty();
        }

        mvc.perform(get("/calendar/{token}.ics", token))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-store"));
        mvc.perform(get("/calendar/bogus.ics")).andExpect(status().isNotFound());
    }

    /** JSON numbers come back as Integer when small enough, as Long otherwise. */
    private static Object intOrLong(long value) {
        return value <= Integer.MAX_VALUE ? (Object) (int) value : (Object) value;
    }
}
