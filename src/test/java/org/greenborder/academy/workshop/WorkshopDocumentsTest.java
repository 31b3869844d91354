package org.greenborder.academy.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.greenborder.academy.security.SystemIdentity;
import org.greenborder.academy.shared.CountryCode;
import org.greenborder.academy.shared.NotFoundException;
import org.greenborder.academy.shared.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest
class WorkshopDocumentsTest {

    @Autowired
    WorkshopDocuments documents;
    @Autowired
    WorkshopService workshops;
    @Autowired
    AgendaService agendas;
    @Autowired
    BreakoutService breakouts;
    @Autowired
    ParticipantService participants;
    @Autowired
    SystemIdentity system;

    private WorkshopEvent event(EventStatus status) {
        WorkshopEvent event = new WorkshopEvent();
        event.setTitle("Regional workshop on ODS trade " + UUID.randomUUID().toString().substring(0, 8));
        event.setStartDate(LocalDate.of(2014, 4, 1));
        event.setEndDate(LocalDate.of(2014, 4, 3));
        event.setVenueCity("Vientiane");
        event.setVenueCountry(CountryCode.of("LA"));
        event.setTimeZone("Asia/Vientiane");
        event.setStatus(status);
        event.setOrganisers(Set.of(workshops.organisation("United Nations Environment Programme", "UNEP", null)));
        return workshops.create(event);
    }

    private AgendaSession session(WorkshopEvent event, SessionKind kind, String title, LocalTime start) {
        AgendaSession session = new AgendaSession();
        session.setDay(LocalDate.of(2014, 4, 1));
        session.setStartTime(start);
        session.setEndTime(start.plusMinutes(90));
        session.setKind(kind);
        session.setTitle(title);
        session.setRoom("Main hall");
        return agendas.save(event.getId(), session);
    }

    private Registration register(WorkshopEvent event, String name, String localName, String country, boolean confirm) {
        Organisation organisation = workshops.organisation(CountryCode.of(country).displayName() + " Customs Department", null,
                CountryCode.of(country));
        Person person = new Person(name, CountryCode.of(country), AgencyType.CUSTOMS, organisation);
        person.setLocalName(localName);
        person = participants.savePerson(person);
        Registration registration = participants.nominate(event.getId(), person.getId(), EventRole.PARTICIPANT, null);
        return confirm ? participants.approve(registration.getId()) : registration;
    }

    @Test
    @WithMockUser(username = "organiser-x", roles = "ORGANISER")
    void rendersTheAgendaOfAnEventWithItsSessionsAndGroups() {
        WorkshopEvent event = event(EventStatus.DRAFT);
        Registration speaker = register(event, "Khamphet Sisavath", "ຄຳເພັດ ສີສະຫວາດ", "LA", true);
        AgendaSession opening = new AgendaSession();
        opening.setDay(LocalDate.of(2014, 4, 1));
        opening.setStartTime(LocalTime.of(9, 0));
        opening.setEndTime(LocalTime.of(10, 30));
        opening.setTitle("Opening and regional overview");
        opening.setAssumptions("Customs officers know the HS codes\n\n  Seizures are reported  ");
        opening.setSpeakers(Set.of(speaker));
        opening.setContributions(List.of(new RemoteContribution(ContributionKind.VIDEO_PRESENTATION, "Chemicals and waste",
                null, workshops.organisation("Secretariat of the Basel, Rotterdam and Stockholm Conventions", "BRS", null))));
        agendas.save(event.getId(), opening);
        AgendaSession breakout = session(event, SessionKind.BREAKOUT, "Risk profiling in practice", LocalTime.of(14, 0));
        BreakoutGroup group = new BreakoutGroup("Group A", "Land borders");
        group.setQuestions(List.of(new ScopeQuestion(null, "Which documents accompany a shipment?"),
                new ScopeQuestion(null, "Who inspects at the border?")));
        breakouts.save(breakout.getId(), group);

        byte[] pdf = documents.agendaPdf(event.getId());

        assertThat(new String(pdf, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("%PDF");
        assertThat(PdfText.of(pdf).all())
                .contains(event.getTitle(), "Capacity-building workshop", "1–3 April 2014 · Vientiane, Lao PDR")
                .contains("Organised by: United Nations Environment Programme (UNEP)")
                .contains("Tuesday, 1 April 2014", "09:00–10:30", "14:00–15:30")
                // the extractor puts spaces where the font changes, around the Lao name
                .containsPattern("Khamphet Sisavath \\( ?ຄຳເພັດ ສີສະຫວາດ ?\\), Lao PDR Customs Department")
                .contains("Video presentation — Secretariat of the Basel, Rotterdam and Stockholm Conventions")
                .contains("• Customs officers know the HS codes", "• Seizures are reported")
                .contains("Group A — Land borders", "a. Which documents accompany a shipment?", "b. Who inspects at the border?");
    }

    @Test
    @WithMockUser(username = "trainee-y", roles = "TRAINEE")
    void hidesTheAgendaFromATraineeWhoIsNotRegistered() {
        WorkshopEvent event = system.call(() -> {
            WorkshopEvent created = event(EventStatus.PUBLISHED);
            session(created, SessionKind.PLENARY, "Opening", LocalTime.of(9, 0));
            return created;
        });

        assertThatThrownBy(() -> documents.agendaPdf(event.getId())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> documents.agendaPdf(Long.MAX_VALUE)).isInstanceOf(NotFoundException.class);
    }

    @Test
    @WithMockUser(username = "trainee-z", roles = "TRAINEE")
    void showsTheAgendaToARegisteredTraineeButNotTheSignInSheet() {
        AgendaSession opening = system.call(() -> {
            WorkshopEvent created = event(EventStatus.PUBLISHED);
            Registration registration = register(created, "Trainee Zed", null, "KH", true);
            Person person = registration.getPerson();
            person.setUsername("trainee-z");
            participants.savePerson(person);
            return session(created, SessionKind.PLENARY, "Opening", LocalTime.of(9, 0));
        });

        assertThat(PdfText.of(documents.agendaPdf(opening.getEventId())).all()).contains("Opening");
        assertThatThrownBy(() -> documents.signInSheetPdf(opening.getId())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "organiser-x", roles = "ORGANISER")
    void printsASignInSheetOfTheConfirmedPeopleByCountryAndName() {
        WorkshopEvent event = event(EventStatus.PUBLISHED);
        register(event, "Vilay Phommachanh", "ວິໄລ ພົມມະຈັນ", "LA", true);
        register(event, "Sokha Chan", "សុខា ចាន់", "KH", true);
        register(event, "Bounmy Keo", null, "LA", true);
        register(event, "Not Yet Approved", null, "TH", false);
        AgendaSession session = session(event, SessionKind.PLENARY, "Risk profiling in practice", LocalTime.of(14, 0));

        PdfText text = PdfText.of(documents.signInSheetPdf(session.getId()));

        assertThat(text.all())
                .contains(event.getTitle(), "Risk profiling in practice", "Tuesday, 1 April 2014 · 14:00–15:30")
                .contains("No. Name Country Organisation Agency type Signature")
                .contains("ວິໄລ ພົມມະຈັນ")
                .doesNotContain("Not Yet Approved")
                .containsPattern("1 Sokha Chan .*2 Bounmy Keo .*3 Vilay Phommachanh");
    }

    @Test
    @WithMockUser(username = "organiser-x", roles = "ORGANISER")
    void refusesSignInSheetsForBreaks() {
        WorkshopEvent event = event(EventStatus.PUBLISHED);
        AgendaSession coffee = session(event, SessionKind.BREAK, "Coffee break", LocalTime.of(10, 30));

        assertThatThrownBy(() -> documents.signInSheetPdf(coffee.getId())).isInstanceOf(RuleViolationException.class);
    }

    @Test
    @WithMockUser(username = "organiser-other", roles = "ORGANISER")
    void givesSignInSheetsOnlyToTheEventsOwnOrganisers() {
        AgendaSession session = system.call(() -> session(event(EventStatus.PUBLISHED), SessionKind.PLENARY, "Opening",
                LocalTime.of(9, 0)));

        assertThat(documents.agendaPdf(session.getEventId())).isNotEmpty();
        assertThatThrownBy(() -> documents.signInSheetPdf(session.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> documents.signInSheetPdf(Long.MAX_VALUE)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void needsASignedInUserForDocumentsButNotForQrCodes() {
        assertThatThrownBy(() -> documents.agendaPdf(1)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        byte[] png = documents.checkInQrPng("https://academy.example.org/check-in/abc", 200);
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        assertThatThrownBy(() -> documents.checkInQrPng(" ", 200)).isInstanceOf(IllegalArgumentException.class);
    }
}
