package org.greenborder.academy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import javax.imageio.ImageIO;
import org.greenborder.academy.certificate.Certificate;
import org.greenborder.academy.certificate.CertificateKind;
import org.greenborder.academy.certificate.CertificateService;
import org.greenborder.academy.certificate.ImagePurpose;
import org.greenborder.academy.guidance.DocumentStatus;
import org.greenborder.academy.guidance.GuidanceDocument;
import org.greenborder.academy.guidance.GuidanceService;
import org.greenborder.academy.needs.NeedsRound;
import org.greenborder.academy.needs.NeedsService;
import org.greenborder.academy.scenario.ExerciseService;
import org.greenborder.academy.scenario.ScenarioService;
import org.greenborder.academy.security.Role;
import org.greenborder.academy.shared.CapacityTheme;
import org.greenborder.academy.support.WorkshopFixture;
import org.greenborder.academy.workshop.AgendaSession;
import org.greenborder.academy.workshop.AttendanceService;
import org.greenborder.academy.workshop.AttendanceStatus;
import org.greenborder.academy.workshop.BreakoutGroup;
import org.greenborder.academy.workshop.EventRole;
import org.greenborder.academy.workshop.EventStatus;
import org.greenborder.academy.workshop.Outcome;
import org.greenborder.academy.workshop.OutcomeService;
import org.greenborder.academy.workshop.Person;
import org.greenborder.academy.workshop.Registration;
import org.greenborder.academy.workshop.SessionKind;
import org.greenborder.academy.workshop.WorkshopEvent;

/**
 * Two of each kind of user and what each owns, for the authorisation matrix: trainee A takes part in event X,
 * trainee B in event Y; organiser X edits only event X, organiser Y only event Y; the analyst edits no event.
 * Everything a matrix row acts on belongs to A or to X, so B and organiser Y are always on the wrong side of the
 * line. Objects that a row changes are made fresh for each cell by the {@code fresh…} methods.
 */
final class AuthorisationWorld {

    static final String SCENARIO = "hcfc22-declared-as-hfc134a";
    /**
     * The events ran from 8 to 10 March 2026: past by any clock that runs these tests, so their evaluation is open and
     * certificates of attendance can be issued, without a test clock (which would need an application context of
     * its own).
     */
    static final LocalDate START = LocalDate.of(2026, 3, 8);
    static final LocalDate DAY = START.plusDays(1);

    /** The five actors of the matrix, in the order of its columns. */
    enum Actor {
        TRAINEE_A("trainee A", Role.TRAINEE),
        TRAINEE_B("trainee B", Role.TRAINEE),
        ORGANISER_X("organiser X", Role.ORGANISER),
        ORGANISER_Y("organiser Y", Role.ORGANISER),
        ANALYST("analyst", Role.ANALYST);

        final String label;
        final Role role;

        Actor(String label, Role role) {
            this.label = label;
            this.role = role;
        }
    }

    final WorkshopFixture fx;
    private final AttendanceService attendance;
    private final OutcomeService outcomes;
    private final ExerciseService exercises;
    private final ScenarioService scenarios;
    private final CertificateService certificates;
    private final NeedsService needs;

    final String traineeA;
    final String traineeB;
    final String organiserX;
    final String organiserY;
    final String analyst;

    final WorkshopEvent eventX;
    final WorkshopEvent eventY;
    final Registration registrationA;
    final Registration registrationB;
    final AgendaSession sessionY;
    final Outcome outcomeY;
    final long imageY;
    final AgendaSession plenaryX;
    final AgendaSession breakoutX;
    final BreakoutGroup groupX;
    final Outcome outcomeX;
    final String checkInToken;
    final long liveExercise;
    final long exerciseNotStarted;
    final long exerciseAttemptOfA;
    final long privateAttemptOfA;
    final Certificate certificateOfA;
    final long imageX;
    final NeedsRound roundX;
    final String surveyToken;
    final GuidanceDocument draft;
    final GuidanceDocument published;
    final long accountOfA;

    AuthorisationWorld(WorkshopFixture fx, AttendanceService attendance, OutcomeService outcomes,
                       ExerciseService exercises, ScenarioService scenarios, CertificateService certificates,
                       NeedsService needs, GuidanceService guidance) {
        this.fx = fx;
        this.attendance = attendance;
        this.outcomes = outcomes;
        this.exercises = exercises;
        this.scenarios = scenarios;
        this.certificates = certificates;
        this.needs = needs;

        traineeA = fx.account(Role.TRAINEE);
        traineeB = fx.account(Role.TRAINEE);
        organiserX = fx.account(Role.ORGANISER);
        organiserY = fx.account(Role.ORGANISER);
        analyst = fx.account(Role.ANALYST);

        // closed: visible to its participants, and certificates of attendance can be issued
        eventX = event("Event X", organiserX);
        eventY = event("Event Y", organiserY);
        registrationA = fx.confirmedParticipant(eventX, "Khamphet Sisavath", traineeA, EventRole.PARTICIPANT);
        registrationB = fx.confirmedParticipant(eventY, "Sok Dara", traineeB, EventRole.PARTICIPANT);
        sessionY = fx.save(eventY, fx.session(eventY, DAY, LocalTime.of(9, 0), LocalTime.of(12, 0), SessionKind.PLENARY, "Plenary of Y"));
        outcomeY = fx.system.call(() -> outcomes.save(eventY.getId(), newOutcome()));

        plenaryX = fx.save(eventX, fx.session(eventX, DAY, LocalTime.of(9, 0), LocalTime.of(12, 0), SessionKind.PLENARY, "Opening plenary"));
        breakoutX = fx.save(eventX, fx.session(eventX, DAY, LocalTime.of(14, 0), LocalTime.of(16, 0), SessionKind.BREAKOUT, "Breakout"));
        BreakoutGroup group = fx.system.call(() -> fx.breakouts.save(breakoutX.getId(), new BreakoutGroup("Group A", "Cylinders")));
        BreakoutGroup withA = fx.system.call(() -> fx.breakouts.setMembers(breakoutX.getId(), group.getId(),
                Set.of(registrationA.getId()), group.getVersion()));
        withA.setRapporteur(registrationA);
        groupX = fx.system.call(() -> fx.breakouts.save(breakoutX.getId(), withA));
        fx.system.run(() -> attendance.mark(plenaryX.getId(), List.of(registrationA.getId()), AttendanceStatus.PRESENT));
        outcomeX = fx.system.call(() -> outcomes.save(eventX.getId(), newOutcome()));
        checkInToken = fx.system.call(() -> attendance.openCheckIn(plenaryX.getId())).token();

        liveExercise = fx.as(organiserX, Role.ORGANISER, () -> {
            long id = exercises.attach(eventX.getId(), plenaryX.getId(), SCENARIO, false).id();
            return exercises.start(id).id();
        });
        exerciseNotStarted = fx.as(organiserX, Role.ORGANISER,
                () -> exercises.attach(eventX.getId(), plenaryX.getId(), SCENARIO, false).id());
        exerciseAttemptOfA = fx.as(traineeA, Role.TRAINEE, () -> exercises.join(liveExercise));
        privateAttemptOfA = fx.as(traineeA, Role.TRAINEE, () -> scenarios.start(SCENARIO));

        certificateOfA = fx.as(organiserX, Role.ORGANISER, () -> certificates.issue(eventX.getId(),
                registrationA.getPerson().getId(), CertificateKind.ATTENDANCE));
        imageX = fx.as(organiserX, Role.ORGANISER, () -> certificates.uploadImage(eventX.getId(), ImagePurpose.LOGO,
                "logo.png", png())).getId();

        imageY = fx.as(organiserY, Role.ORGANISER, () -> certificates.uploadImage(eventY.getId(), ImagePurpose.LOGO,
                "logo.png", png())).getId();

        roundX = fx.as(analyst, Role.ANALYST, () -> needs.saveRound(newRound(eventX.getId())));
        surveyToken = fx.as(analyst, Role.ANALYST, () -> needs.openSurvey(roundX.getId())).getSurveyToken();

        draft = fx.as(organiserX, Role.ORGANISER, () -> guidance.save(newDocument(DocumentStatus.DRAFT)));
        published = fx.as(organiserX, Role.ORGANISER, () -> guidance.save(newDocument(DocumentStatus.PUBLISHED)));
        accountOfA = fx.system.call(() -> fx.accounts.findByUsername(traineeA)).orElseThrow().getId();
    }

    String username(Actor actor) {
        return switch (actor) {
            case TRAINEE_A -> traineeA;
            case TRAINEE_B -> traineeB;
            case ORGANISER_X -> organiserX;
            case ORGANISER_Y -> organiserY;
            case ANALYST -> analyst;
        };
    }

    <T> T as(Actor actor, Supplier<T> work) {
        return fx.as(username(actor), actor.role, work);
    }

    long x() {
        return eventX.getId();
    }

    // ---- fresh objects, one per cell, for the rows that change what they act on -------------------------------

    private WorkshopEvent event(String title, String editor) {
        WorkshopEvent event = fx.newEvent(WorkshopFixture.unique(title), EventStatus.CLOSED);
        event.setStartDate(START);
        event.setEndDate(START.plusDays(2));
        event.setEditors(Set.of(editor));
        return fx.system.call(() -> fx.workshops.create(event));
    }

    /** Trainee A's confirmed registration for another event edited by organiser X only. */
    Registration freshRegistrationOfAInAnotherEventOfX() {
        WorkshopEvent event = event("Another event of X", organiserX);
        long personOfA = registrationA.getPerson().getId();
        return fx.system.call(() -> fx.participants.approve(
                fx.participants.nominate(event.getId(), personOfA, EventRole.PARTICIPANT, null).getId()));
    }

    WorkshopEvent freshEventOfX() {
        return event("Empty event of X", organiserX);
    }

    /** A person without an account, put forward for event X and not yet approved. */
    Registration freshNominationInX() {
        Person person = freshPerson();
        return fx.system.call(() -> fx.participants.nominate(eventX.getId(), person.getId(), EventRole.PARTICIPANT, null));
    }

    Person freshPerson() {
        Person person = new Person(WorkshopFixture.unique("Vong Keo"), WorkshopFixture.LAOS,
                org.greenborder.academy.workshop.AgencyType.CUSTOMS, null);
        return fx.system.call(() -> fx.participants.savePerson(person));
    }

    /** Someone confirmed for event X who was at its plenary: they may be given a certificate of attendance. */
    Registration freshAttendeeOfX() {
        Registration registration = fx.confirmedParticipant(eventX, WorkshopFixture.unique("Attendee"), null, EventRole.PARTICIPANT);
        fx.system.run(() -> attendance.mark(plenaryX.getId(), List.of(registration.getId()), AttendanceStatus.PRESENT));
        return registration;
    }

    Certificate freshCertificateInX() {
        Registration attendee = freshAttendeeOfX();
        return fx.as(organiserX, Role.ORGANISER, () -> certificates.issue(eventX.getId(), attendee.getPerson().getId(),
                CertificateKind.ATTENDANCE));
    }

    AgendaSession freshSessionInX() {
        return fx.save(eventX, fx.session(eventX, DAY, LocalTime.of(16, 30), LocalTime.of(17, 0), SessionKind.PLENARY,
                WorkshopFixture.unique("Wrap-up")));
    }

    BreakoutGroup freshGroupInX() {
        return fx.system.call(() -> fx.breakouts.save(breakoutX.getId(), new BreakoutGroup(WorkshopFixture.unique("Group"), "Labels")));
    }

    Outcome freshOutcomeInX() {
        return fx.system.call(() -> outcomes.save(eventX.getId(), newOutcome()));
    }

    long freshExerciseInX() {
        return fx.as(organiserX, Role.ORGANISER, () -> exercises.attach(eventX.getId(), plenaryX.getId(), SCENARIO, false).id());
    }

    long freshPrivateAttemptOfA() {
        return fx.as(traineeA, Role.TRAINEE, () -> scenarios.start(SCENARIO));
    }

    NeedsRound freshRound() {
        return fx.as(analyst, Role.ANALYST, () -> needs.saveRound(newRound(eventX.getId())));
    }

    static Outcome newOutcome() {
        Outcome outcome = new Outcome();
        outcome.setText("Train the port staff on cylinder labels");
        outcome.setTheme(CapacityTheme.EXPERTISE);
        return outcome;
    }

    static NeedsRound newRound(Long eventId) {
        NeedsRound round = new NeedsRound();
        round.setTitle(WorkshopFixture.unique("Needs round"));
        round.setHeldOn(START.plusDays(2));
        round.setEventId(eventId);
        round.setConventions(Set.of(org.greenborder.academy.shared.Convention.MONTREAL));
        return round;
    }

    static GuidanceDocument newDocument(DocumentStatus status) {
        GuidanceDocument document = new GuidanceDocument();
        document.setSlug(WorkshopFixture.unique("matrix-note").toLowerCase(java.util.Locale.ROOT));
        document.setTitle("Notes on cylinder labels");
        document.setType("guide");
        document.setConventions(Set.of("Montreal"));
        document.setMarkdown("Check the **colour** and the UN number.");
        document.setStatus(status);
        return document;
    }

    static byte[] png() {
        BufferedImage image = new BufferedImage(64, 32, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
