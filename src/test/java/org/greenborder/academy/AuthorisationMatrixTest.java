package org.greenborder.academy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.greenborder.academy.AuthorisationMatrixTest.Answer.DENIED;
import static org.greenborder.academy.AuthorisationMatrixTest.Answer.NOT_FOUND;
import static org.greenborder.academy.AuthorisationMatrixTest.Answer.OK;
import static org.greenborder.academy.AuthorisationMatrixTest.Answer.REFUSED;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.StringReader;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.greenborder.academy.AuthorisationWorld.Actor;
import org.greenborder.academy.certificate.CertificateDesign;
import org.greenborder.academy.certificate.CertificateKind;
import org.greenborder.academy.certificate.CertificateService;
import org.greenborder.academy.certificate.ImagePurpose;
import org.greenborder.academy.guidance.GuidanceService;
import org.greenborder.academy.needs.NeedsService;
import org.greenborder.academy.needs.SheetLine;
import org.greenborder.academy.scenario.ExerciseService;
import org.greenborder.academy.scenario.ScenarioService;
import org.greenborder.academy.security.UserAccountService;
import org.greenborder.academy.shared.CountryCode;
import org.greenborder.academy.shared.NotFoundException;
import org.greenborder.academy.shared.RuleViolationException;
import org.greenborder.academy.security.SystemIdentity;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.greenborder.academy.support.WorkshopFixture;
import org.greenborder.academy.workshop.AgencyType;
import org.greenborder.academy.workshop.AgendaService;
import org.greenborder.academy.workshop.AttendanceRate;
import org.greenborder.academy.workshop.AttendanceService;
import org.greenborder.academy.workshop.AttendanceStatus;
import org.greenborder.academy.workshop.BreakoutGroup;
import org.greenborder.academy.workshop.BreakoutService;
import org.greenborder.academy.workshop.CalendarService;
import org.greenborder.academy.workshop.EvaluationService;
import org.greenborder.academy.workshop.EventRole;
import org.greenborder.academy.workshop.LinkKind;
import org.greenborder.academy.workshop.OutcomeService;
import org.greenborder.academy.workshop.OutcomeStatus;
import org.greenborder.academy.workshop.ParticipantService;
import org.greenborder.academy.workshop.Registration;
import org.greenborder.academy.workshop.WorkshopDocuments;
import org.greenborder.academy.workshop.WorkshopEvent;
import org.greenborder.academy.workshop.WorkshopService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.util.ClassUtils;

/**
 * ASVS 8.2.1, 8.2.2, 8.3.1: every service method that takes the id of something that belongs to someone, called by
 * two trainees, two organisers and an analyst (see {@link AuthorisationWorld}). One row per method: what each of
 * them gets. "Not found" is the answer for what one may not see, "denied" for what one's role or the object's
 * organisers do not allow, "refused" for a business rule that turns someone away (shown where it does).
 * {@link #everyServiceMethodThatTakesAnIdHasARowOrASaidReason()} fails the build for a method added without a row.
 */
// exactly the configuration of ApiSecurityTest and SessionSecurityTest: the suite starts no application context for it
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorisationMatrixTest {

    /** What a caller gets. */
    enum Answer {
        OK, NOT_FOUND, DENIED, REFUSED
    }

    @Autowired
    ApplicationContext context;
    @Autowired
    SystemIdentity system;
    @Autowired
    SecurityContextHolderStrategy contextHolder;
    @Autowired
    WorkshopService workshops;
    @Autowired
    AgendaService agenda;
    @Autowired
    ParticipantService participants;
    @Autowired
    BreakoutService breakouts;
    @Autowired
    AttendanceService attendance;
    @Autowired
    OutcomeService outcomes;
    @Autowired
    EvaluationService evaluation;
    @Autowired
    CalendarService calendars;
    @Autowired
    WorkshopDocuments documents;
    @Autowired
    ScenarioService scenarios;
    @Autowired
    ExerciseService exercises;
    @Autowired
    CertificateService certificates;
    @Autowired
    NeedsService needs;
    @Autowired
    GuidanceService guidance;
    @Autowired
    UserAccountService accounts;
    @Autowired
    org.greenborder.academy.security.TwoFactorService twoFactor;

    WorkshopFixture fx;
    AuthorisationWorld w;

    @BeforeAll
    void twoOfEachAndWhatTheyOwn() {
        fx = new WorkshopFixture(system, accounts, workshops, agenda, participants, breakouts, contextHolder);
        w = new AuthorisationWorld(fx, attendance, outcomes, exercises, scenarios, certificates, needs, guidance);
    }

    /**
     * Public methods that take an id-like parameter but need no row, and why. Keep this short: a method belongs here
     * only if no caller can reach someone else's object through it.
     */
    static final Map<String, String> NEEDS_NO_ROW = Map.of(
            "CalendarService#feed(String)",
            "the secret token is the credential (calendar apps cannot sign in); CalendarServiceTest checks a renewed or unknown token",
            "CertificateService#verificationUrl(String)",
            "builds an address from the code it is given and reads nothing",
            "CertificateService#status(Certificate)",
            "judges the certificate object it is given and reads nothing",
            "TwoFactorService#verify(String)",
            "the code is checked against the pending sign-in of the caller's own session, which only a correct password "
                    + "puts there; no account is named by the caller (TwoFactorTest)",
            "TwoFactorService#confirmEnrolment(String)",
            "as verify: acts on the caller's own pending sign-in only (TwoFactorTest)");

    // ---- the matrix ----------------------------------------------------------------------------------------------

    List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        long x = w.x();
        //                                                              trainee A  trainee B  organiser X organiser Y analyst
        // -- events
        rows.add(row("WorkshopService#get(long)",                       OK,        NOT_FOUND, OK,         OK,         OK,
                () -> workshops.get(x)));
        rows.add(row("WorkshopService#canEdit(long)",                   OK,        NOT_FOUND, OK,         OK,         OK,
                () -> workshops.canEdit(x)).answers(actor -> actor == Actor.ORGANISER_X));
        rows.add(row("WorkshopService#create(WorkshopEvent)",           DENIED,    DENIED,    OK,         OK,         DENIED,
                () -> fx.newEvent(WorkshopFixture.unique("New"), org.greenborder.academy.workshop.EventStatus.DRAFT),
                event -> workshops.create(event)));
        rows.add(row("WorkshopService#update(WorkshopEvent)",           DENIED,    DENIED,    OK,         DENIED,     DENIED,
                () -> fx.system.call(() -> workshops.get(x)), event -> workshops.update(event)));
        rows.add(row("WorkshopService#cloneAsTemplate(long,String,LocalDate) [any organiser may copy what they see]",
                                                                        DENIED,    DENIED,    OK,         OK,         DENIED,
                () -> workshops.cloneAsTemplate(x, WorkshopFixture.unique("Copy"), LocalDate.of(2028, 3, 6))));
        rows.add(row("WorkshopService#links(long)",                     OK,        NOT_FOUND, OK,         OK,         OK,
                () -> workshops.links(x)));
        rows.add(row("WorkshopService#link(long,long,LinkKind)",        DENIED,    DENIED,    OK,         DENIED,     DENIED,
                w::freshEventOfX, other -> done(() -> workshops.link(x, other.getId(), LinkKind.PARALLEL_WITH))));
        rows.add(row("WorkshopService#unlink(long,long)",               DENIED,    DENIED,    OK,         DENIED,     DENIED,
                () -> {
                    WorkshopEvent other = w.freshEventOfX();
                    fx.system.run(() -> workshops.link(x, other.getId(), LinkKind.PARALLEL_WITH));
                    return fx.system.call(() -> workshops.links(x)).stream()
                            .filter(link -> link.eventId() == other.getId()).findFirst().orElseThrow().linkId();
                }, linkId -> done(() -> workshops.unlink(x, linkId))));
        // -- agenda
        rows.add(row("AgendaService#agenda(long)",                      OK,        NOT_FOUND, OK,         OK,         OK,
                () -> agenda.agenda(x)));
        rows.add(row("AgendaService#session(long)",                     OK,        NOT_FOUND, OK,         OK,         OK,
                () -> agenda.session(w.plenaryX.getId())));
        rows.add(row("AgendaService#save(long,AgendaSession)",          DENIED,    DENIED,    OK,         DENIED,     DENIED,
                () -> fx.system.call(() -> agenda.session(w.plenaryX.getId())), session -> agenda.save(x, session)));
        rows.add(row("AgendaService#delete(long,long)",                 DENIED,    DENIED,    OK,         DENIED,     DENIED,
                w::freshSessionInX, session -> done(() -> agenda.delete(x, session.getId()))));
        // -- people and registrations
        rows.add(row("ParticipantService#savePerson(Person) [a person registered for event X only]",
                                                                        DENIED,    DENIED,    OK,         DENIED,     DENIED,
                () -> w.freshNominationInX().getPerson(), person -> {
                    person.setJobTitle("Inspector");
                    return participants.savePerson(person);
                }));
        rows.add(row("ParticipantService#savePerson(Person) [a person registered for no event yet: the shared directory]",
                                                                        DENIED,    DENIED,    OK,         OK,         DENIED,
                w::freshPerson, person -> {
                    person.setJobTitle("Inspector");
                    return participants.savePerson(person);
                }));
        rows.add(row("ParticipantService#registrations(long) [a trainee gets their own only]",
                                                                        OK,        NOT_FOUND, OK,         OK,         OK,
                () -> participants.registrations(x))
                .answers(actor -> true, (actor, list) -> actor != Actor.TRAINEE_A
                        || ((List<?>) list).stream().allMatch(r -> ((Registration) r).getId().equals(w.registrationA.getId()))));
        rows.add(row("ParticipantService#myRegistration(long)",         OK,        NOT_FOUND, OK,         OK,         OK,
                () -> participants.myRegistration(x)));
        rows.add(row("ParticipantService#nominate(long,long,EventRole,String)",
                                                                        DENIED,    DENIED,    OK,         DENIED,     DENIED,
                w::freshPerson, person -> participants.nominate(x, person.getId(), EventRole.PARTICIPANT, null)));
        rows.add(row("ParticipantService#approve(long)",                DENIED,    DENIED,    OK,         DENIED,     DENIED,
                w::freshNominationInX, registration -> participants.approve(registration.getId())));
        rows.add(row("ParticipantService#decline(long)",                DENIED,    DENIED,    OK,         DENIED,     DENIED,
                w::freshNominationInX, registration -> participants.decline(registration.getId())));
        rows.add(row("ParticipantService#withdraw(long) [trainee A's own registration]",
                                                                        OK,        NOT_FOUND, OK,         DENIED,     DENIED,
                w::freshRegistrationOfAInAnotherEventOfX, registration -> participants.withdraw(registration.getId())));
        rows.add(row("ParticipantService#sendApologies(long,String) [trainee A's own registration]",
                                                                        OK,        NOT_FOUND, OK,         DENIED,     DENIED,
                w::freshRegistrationOfAInAnotherEventOfX, registration -> participants.sendApologies(registration.getId(), "Ill")));
        rows.add(row("ParticipantService#changeRole(long,EventRole)",  DENIED,    DENIED,    OK,         DENIED,     DENIED,
                w::freshNominationInX, registration -> participants.changeRole(registration.getId(), EventRole.OBSERVER)));
        rows.add(row("ParticipantService#importCsv(long,Reader,boolean)",
                                                                        DENIED,    DENIED,    OK,         DENIED,     DENIED,
                () -> participants.importCsv(x, new StringReader("full_name,country,agency_type\n"
                        + WorkshopFixture.unique("Imported") + ",LA,customs\n"), false)));
        rows.add(row("ParticipantService#exportCsv(long)",              DENIED,    DENIED,    OK,         OK,         OK,
                () -> participants.exportCsv(x)));
        // -- breakout groups
        rows.add(row("BreakoutService#groups(long)",                    OK,        NOT_FOUND, OK,         OK,         OK,
                () -> breakouts.groups(w.breakoutX.getId())));
        rows.add(row("BreakoutService#groupsOfEvent(long)",             OK,        NOT_FOUND, OK,         OK,         OK,
                () -> breakouts.groupsOfEvent(x)));
        rows.add(row("BreakoutService#save(long,BreakoutGroup)",        DENIED,    DENIED,    OK,         DENIED,     DENIED,
                () -> breakouts.save(w.breakoutX.getId(), new BreakoutGroup(WorkshopFixture.unique("Group"), "Labels"))));
        rows.add(row("BreakoutService#delete(long,long)",               DENIED,    DENIED,    OK,         DENIED,     DENIED,
                w::freshGroupInX, group -> done(() -> breakouts.delete(w.breakoutX.getId(), group.getId()))));
        rows.add(row("BreakoutService#setMembers(long,long,Set,long)",  DENIED,    DENIED,    OK,         DENIED,     DENIED,
                w::freshGroupInX, group -> breakouts.setMembers(w.breakoutX.getId(), group.getId(), Set.of(), group.getVersion())));
        rows.add(row("BreakoutService#autoAssign(long,boolean)",        DENIED,    DENIED,    OK,         DENIED,     DENIED,
                () -> breakouts.autoAssign(w.breakoutX.getId(), false)));
        rows.add(row("BreakoutService#saveNotes(long,Map,String,long) [trainee A is the group's rapporteur]",
                                                                        OK,        NOT_FOUND, OK,         DENIED,     DENIED,
                this::currentGroupX, group -> breakouts.saveNotes(group.getId(), Map.of(), "We read the labels", group.getVersion())));
        rows.add(row("BreakoutService#canTakeNotes(long)",              OK,        NOT_FOUND, OK,         OK,         OK,
                () -> breakouts.canTakeNotes(w.groupX.getId()))
                .answers(actor -> actor == Actor.TRAINEE_A || actor == Actor.ORGANISER_X));
        // -- attendance
        rows.add(row("AttendanceService#sheet(long)",                   DENIED,    DENIED,    OK,         OK,         OK,
                () -> attendance.sheet(w.plenaryX.getId())));
        rows.add(row("AttendanceService#mark(long,Collection,AttendanceStatus)",
                                                                        DENIED,    DENIED,    OK,         DENIED,     DENIED,
                () -> done(() -> attendance.mark(w.plenaryX.getId(), List.of(w.registrationA.getId()), AttendanceStatus.PRESENT))));
        rows.add(row("AttendanceService#openCheckIn(long)",             DENIED,    DENIED,    OK,         DENIED,     DENIED,
                w::freshSessionInX, session -> attendance.openCheckIn(session.getId())));
        rows.add(row("AttendanceService#closeCheckIn(long)",            DENIED,    DENIED,    OK,         DENIED,     DENIED,
                w::freshSessionInX, session -> done(() -> attendance.closeCheckIn(session.getId()))));
        rows.add(row("AttendanceService#checkIn(String) [holding the code shown in X's room; others are sent to the desk]",
                                                                        OK,        REFUSED,   REFUSED,    REFUSED,    REFUSED,
                () -> attendance.checkIn(w.checkInToken)));
        rows.add(row("AttendanceService#rates(long) [a trainee gets their own only]",
                                                                        OK,        NOT_FOUND, OK,         OK,         OK,
                () -> attendance.rates(x))
                .answers(actor -> true, (actor, list) -> actor != Actor.TRAINEE_A || ((List<?>) list).stream()
                        .allMatch(rate -> ((AttendanceRate) rate).registration().getId().equals(w.registrationA.getId()))));
        // -- outcomes
        rows.add(row("OutcomeService#outcomes(long)",                   OK,        NOT_FOUND, OK,         OK,         OK,
                () -> outcomes.outcomes(x)));
        rows.add(row("OutcomeService#save(long,Outcome)",               DENIED,    DENIED,    OK,         DENIED,     DENIED,
                () -> outcomes.save(x, AuthorisationWorld.newOutcome())));
        rows.add(row("OutcomeService#delete(long,long)",                DENIED,    DENIED,    OK,         DENIED,     DENIED,
                w::freshOutcomeInX, outcome -> done(() -> outcomes.delete(x, outcome.getId()))));
        rows.add(row("OutcomeService#changeStatus(long,OutcomeStatus,long)",
                                                                        DENIED,    DENIED,    OK,         DENIED,     DENIED,
                w::freshOutcomeInX, outcome -> outcomes.changeStatus(outcome.getId(), OutcomeStatus.DONE, outcome.getVersion())));
        // -- evaluation
        rows.add(row("EvaluationService#whyNotOpen(long)",              OK,        NOT_FOUND, OK,         OK,         OK,
                () -> evaluation.whyNotOpen(x)));
        rows.add(row("EvaluationService#submit(long,int,Map,String) [only confirmed participants answer]",
                                                                        OK,        NOT_FOUND, REFUSED,    REFUSED,    REFUSED,
                () -> done(() -> evaluation.submit(x, 4, Map.of(w.plenaryX.getId(), 5), "Useful"))));
        rows.add(row("EvaluationService#results(long)",                 DENIED,    DENIED,    OK,         OK,         OK,
                () -> evaluation.results(x)));
        // -- calendars and documents
        rows.add(row("CalendarService#eventCalendar(long)",             OK,        NOT_FOUND, OK,         OK,         OK,
                () -> calendars.eventCalendar(x)));
        rows.add(row("CalendarService#sessionCalendar(long)",           OK,        NOT_FOUND, OK,         OK,         OK,
                () -> calendars.sessionCalendar(w.plenaryX.getId())));
        rows.add(row("WorkshopDocuments#agendaPdf(long)",               OK,        NOT_FOUND, OK,         OK,         OK,
                () -> documents.agendaPdf(x)));
        rows.add(row("WorkshopDocuments#signInSheetPdf(long)",          DENIED,    DENIED,    OK,         DENIED,     DENIED,
                () -> documents.signInSheetPdf(w.plenaryX.getId())));
        // -- training
        rows.add(row("ScenarioService#scenario(String) [the catalogue is everyone's]",
                                                                        OK,        OK,        OK,         OK,         OK,
                () -> scenarios.scenario(AuthorisationWorld.SCENARIO).orElseThrow()));
        rows.add(row("ScenarioService#start(String) [an attempt of one's own]",
                                                                        OK,        OK,        OK,         OK,         OK,
                () -> scenarios.start(AuthorisationWorld.SCENARIO)));
        rows.add(row("ScenarioService#start(String,long) [an attempt of one's own]",
                                                                        OK,        OK,        OK,         OK,         OK,
                () -> scenarios.start(AuthorisationWorld.SCENARIO, 42L)));
        rows.add(row("ScenarioService#attempt(long) [A's attempt in an exercise of event X]",
                                                                        OK,        NOT_FOUND, OK,         NOT_FOUND,  OK,
                () -> scenarios.attempt(w.exerciseAttemptOfA)));
        rows.add(row("ScenarioService#attempt(long) [A's attempt of their own]",
                                                                        OK,        NOT_FOUND, NOT_FOUND,  NOT_FOUND,  OK,
                () -> scenarios.attempt(w.privateAttemptOfA)));
        rows.add(row("ScenarioService#inspect(long,String)",            OK,        NOT_FOUND, NOT_FOUND,  NOT_FOUND,  DENIED,
                w::freshPrivateAttemptOfA, attempt -> scenarios.inspect(attempt, "licence-check")));
        rows.add(row("ScenarioService#note(long,String,boolean)",       OK,        NOT_FOUND, NOT_FOUND,  NOT_FOUND,  DENIED,
                w::freshPrivateAttemptOfA, attempt -> scenarios.note(attempt, "price", true)));
        rows.add(row("ScenarioService#decide(long,String,String,int)",  OK,        NOT_FOUND, NOT_FOUND,  NOT_FOUND,  DENIED,
                w::freshPrivateAttemptOfA, attempt -> scenarios.decide(attempt, "release", "no-ground", 0)));
        rows.add(row("ScenarioService#bestPassedPercents(String,Collection) [trainee A's results]",
                                                                        OK,        DENIED,    OK,         OK,         DENIED,
                () -> scenarios.bestPassedPercents(w.traineeA, Set.of(AuthorisationWorld.SCENARIO))));
        rows.add(row("ExerciseService#exercises(long) [trainees see the live ones]",
                                                                        OK,        NOT_FOUND, OK,         OK,         OK,
                () -> exercises.exercises(x)));
        rows.add(row("ExerciseService#sessionChoices(long)",            DENIED,    DENIED,    OK,         DENIED,     DENIED,
                () -> exercises.sessionChoices(x)));
        rows.add(row("ExerciseService#organises(long)",                 OK,        NOT_FOUND, OK,         OK,         OK,
                () -> exercises.organises(x)).answers(actor -> actor == Actor.ORGANISER_X));
        rows.add(row("ExerciseService#attach(long,long,String,boolean)",
                                                                        DENIED,    DENIED,    OK,         DENIED,     DENIED,
                () -> exercises.attach(x, w.plenaryX.getId(), AuthorisationWorld.SCENARIO, false)));
        rows.add(row("ExerciseService#start(long)",                     DENIED,    DENIED,    OK,         DENIED,     DENIED,
                w::freshExerciseInX, exercise -> exercises.start(exercise)));
        rows.add(row("ExerciseService#close(long)",                     DENIED,    DENIED,    OK,         DENIED,     DENIED,
                w::freshExerciseInX, exercise -> exercises.close(exercise)));
        rows.add(row("ExerciseService#join(long) [a live exercise of event X]",
                                                                        OK,        NOT_FOUND, DENIED,     DENIED,     DENIED,
                () -> exercises.join(w.liveExercise)));
        rows.add(row("ExerciseService#join(long) [an exercise of event X not started yet]",
                                                                        REFUSED,   NOT_FOUND, REFUSED,    REFUSED,    REFUSED,
                () -> exercises.join(w.exerciseNotStarted)));
        rows.add(row("ExerciseService#board(long)",                     DENIED,    DENIED,    OK,         DENIED,     DENIED,
                () -> exercises.board(w.liveExercise)));
        // -- certificates
        rows.add(row("CertificateService#design(long)",                 DENIED,    DENIED,    OK,         DENIED,     DENIED,
                () -> certificates.design(x)));
        rows.add(row("CertificateService#event(long)",                  DENIED,    DENIED,    OK,         DENIED,     DENIED,
                () -> certificates.event(x)));
        rows.add(row("CertificateService#saveDesign(CertificateDesign)", DENIED,   DENIED,    OK,         DENIED,     DENIED,
                () -> fx.system.call(() -> certificates.design(x)), design -> certificates.saveDesign(design)));
        rows.add(row("CertificateService#uploadImage(long,ImagePurpose,String,byte[])",
                                                                        DENIED,    DENIED,    OK,         DENIED,     DENIED,
                () -> certificates.uploadImage(x, ImagePurpose.LOGO, "logo.png", AuthorisationWorld.png())));
        rows.add(row("CertificateService#images(long)",                 DENIED,    DENIED,    OK,         DENIED,     DENIED,
                () -> certificates.images(x)));
        rows.add(row("CertificateService#imageBytes(long,long)",        DENIED,    DENIED,    OK,         DENIED,     DENIED,
                () -> certificates.imageBytes(x, w.imageX)));
        rows.add(row("CertificateService#preview(CertificateDesign,CertificateKind)",
                                                                        DENIED,    DENIED,    OK,         DENIED,     DENIED,
                () -> certificates.preview(new CertificateDesign(x), CertificateKind.ATTENDANCE)));
        rows.add(row("CertificateService#candidates(long)",             DENIED,    DENIED,    OK,         DENIED,     DENIED,
                () -> certificates.candidates(x)));
        rows.add(row("CertificateService#issue(long,long,CertificateKind)",
                                                                        DENIED,    DENIED,    OK,         DENIED,     DENIED,
                w::freshAttendeeOfX, attendee -> certificates.issue(x, attendee.getPerson().getId(), CertificateKind.ATTENDANCE)));
        rows.add(row("CertificateService#issueAll(long) [an event of X with no one to certify]",
                                                                        DENIED,    DENIED,    OK,         DENIED,     DENIED,
                w::freshEventOfX, empty -> certificates.issueAll(empty.getId())));
        rows.add(row("CertificateService#revoke(long,String)",          DENIED,    DENIED,    OK,         DENIED,     DENIED,
                w::freshCertificateInX, certificate -> certificates.revoke(certificate.getId(), "Issued by mistake")));
        rows.add(row("CertificateService#reissue(long)",                DENIED,    DENIED,    OK,         DENIED,     DENIED,
                w::freshCertificateInX, certificate -> certificates.reissue(certificate.getId())));
        rows.add(row("CertificateService#ofEvent(long)",                DENIED,    DENIED,    OK,         DENIED,     DENIED,
                () -> certificates.ofEvent(x)));
        rows.add(row("CertificateService#pdf(long) [trainee A's certificate]",
                                                                        OK,        NOT_FOUND, OK,         NOT_FOUND,  NOT_FOUND,
                () -> certificates.pdf(w.certificateOfA.getId())));
        rows.add(row("CertificateService#myCertificate(String)",        OK,        NOT_FOUND, NOT_FOUND,  NOT_FOUND,  NOT_FOUND,
                () -> certificates.myCertificate(w.certificateOfA.getCode())));
        rows.add(row("CertificateService#badge(String)",                OK,        NOT_FOUND, NOT_FOUND,  NOT_FOUND,  NOT_FOUND,
                () -> certificates.badge(w.certificateOfA.getCode())));
        rows.add(row("CertificateService#badgeJson(String)",            OK,        NOT_FOUND, NOT_FOUND,  NOT_FOUND,  NOT_FOUND,
                () -> certificates.badgeJson(w.certificateOfA.getCode())));
        rows.add(row("CertificateService#eventZip(long)",               DENIED,    DENIED,    OK,         DENIED,     DENIED,
                () -> certificates.eventZip(x)));
        rows.add(row("CertificateService#eventMergedPdf(long)",         DENIED,    DENIED,    OK,         DENIED,     DENIED,
                () -> certificates.eventMergedPdf(x)));
        rows.add(row("CertificateService#verify(String,String) [the public check: what the printed certificate says]",
                                                                        OK,        OK,        OK,         OK,         OK,
                () -> certificates.verify(w.certificateOfA.getCode(), "192.0.2.1")));
        // -- needs: rounds and sheets are the analysts' (and administrators'); organisers read them
        rows.add(row("NeedsService#round(long)",                        DENIED,    DENIED,    OK,         OK,         OK,
                () -> needs.round(w.roundX.getId())));
        rows.add(row("NeedsService#saveRound(NeedsRound)",              DENIED,    DENIED,    DENIED,     DENIED,     OK,
                () -> fx.system.call(() -> needs.round(w.roundX.getId())), round -> needs.saveRound(round)));
        rows.add(row("NeedsService#deleteRound(long)",                  DENIED,    DENIED,    DENIED,     DENIED,     OK,
                w::freshRound, round -> done(() -> needs.deleteRound(round.getId()))));
        rows.add(row("NeedsService#openSurvey(long)",                   DENIED,    DENIED,    DENIED,     DENIED,     OK,
                w::freshRound, round -> needs.openSurvey(round.getId())));
        rows.add(row("NeedsService#closeSurvey(long)",                  DENIED,    DENIED,    DENIED,     DENIED,     OK,
                w::freshRound, round -> needs.closeSurvey(round.getId())));
        rows.add(row("NeedsService#ratings(long)",                      DENIED,    DENIED,    OK,         OK,         OK,
                () -> needs.ratings(w.roundX.getId())));
        rows.add(row("NeedsService#ratingsTable(long)",                 DENIED,    DENIED,    OK,         OK,         OK,
                () -> needs.ratingsTable(w.roundX.getId())));
        rows.add(row("NeedsService#ratingsCsv(long)",                   DENIED,    DENIED,    OK,         OK,         OK,
                () -> needs.ratingsCsv(w.roundX.getId())));
        rows.add(row("NeedsService#ratingsXlsx(long)",                  DENIED,    DENIED,    OK,         OK,         OK,
                () -> needs.ratingsXlsx(w.roundX.getId())));
        rows.add(row("NeedsService#sheet(long,CountryCode,AgencyType)", DENIED,    DENIED,    DENIED,     DENIED,     OK,
                () -> needs.sheet(w.roundX.getId(), WorkshopFixture.LAOS, AgencyType.CUSTOMS)));
        rows.add(row("NeedsService#saveSheet(long,CountryCode,AgencyType,List) [the analysts' own ratings]",
                                                                        DENIED,    DENIED,    DENIED,     DENIED,     OK,
                () -> needs.saveSheet(w.roundX.getId(), CountryCode.of("KH"), AgencyType.CUSTOMS, List.of())));
        rows.add(row("NeedsService#survey(String) [the survey of event X's round]",
                                                                        OK,        DENIED,    DENIED,     DENIED,     DENIED,
                () -> needs.survey(w.surveyToken)));
        rows.add(row("NeedsService#submitSurvey(String,List) [each participant's own answers]",
                                                                        OK,        DENIED,    DENIED,     DENIED,     DENIED,
                () -> needs.submitSurvey(w.surveyToken, List.of(new SheetLine("SUBSTANCE_IDENTIFICATION", null, null, 4, null, null)))));
        rows.add(row("NeedsService#moveTheme(String,boolean) [themes are the administrators']",
                                                                        DENIED,    DENIED,    DENIED,     DENIED,     DENIED,
                () -> done(() -> needs.moveTheme("SUBSTANCE_IDENTIFICATION", true))));
        rows.add(row("NeedsService#deleteTheme(String)",                DENIED,    DENIED,    DENIED,     DENIED,     DENIED,
                () -> done(() -> needs.deleteTheme("SUBSTANCE_IDENTIFICATION"))));
        // -- guidance: one shared library that organisers write together; drafts are not for readers
        rows.add(row("GuidanceService#get(String) [a draft]",            NOT_FOUND, NOT_FOUND, OK,         OK,         NOT_FOUND,
                () -> guidance.get(w.draft.getSlug())));
        rows.add(row("GuidanceService#get(String) [a published document]",
                                                                        OK,        OK,        OK,         OK,         OK,
                () -> guidance.get(w.published.getSlug())));
        rows.add(row("GuidanceService#save(GuidanceDocument) [written by organiser X]",
                                                                        DENIED,    DENIED,    OK,         OK,         DENIED,
                () -> fx.system.call(() -> guidance.get(w.draft.getSlug())), document -> guidance.save(document)));
        // -- accounts: the administrators' only
        rows.add(row("UserAccountService#get(long) [trainee A's account]",
                                                                        DENIED,    DENIED,    DENIED,     DENIED,     DENIED,
                () -> accounts.get(w.accountOfA)));
        rows.add(row("UserAccountService#findByUsername(String)",       DENIED,    DENIED,    DENIED,     DENIED,     DENIED,
                () -> accounts.findByUsername(w.traineeA)));
        rows.add(row("UserAccountService#update(UserAccount)",          DENIED,    DENIED,    DENIED,     DENIED,     DENIED,
                () -> fx.system.call(() -> accounts.get(w.accountOfA)), account -> accounts.update(account)));
        rows.add(row("UserAccountService#resetPassword(long,String)",   DENIED,    DENIED,    DENIED,     DENIED,     DENIED,
                () -> done(() -> accounts.resetPassword(w.accountOfA, "another long password"))));
        rows.add(row("UserAccountService#endSessions(long)",            DENIED,    DENIED,    DENIED,     DENIED,     DENIED,
                () -> done(() -> accounts.endSessions(w.accountOfA))));
        rows.add(row("TwoFactorService#reset(long)",                     DENIED,    DENIED,    DENIED,     DENIED,     DENIED,
                () -> done(() -> twoFactor.reset(w.accountOfA))));
        // -- an id of event X with an object of event Y: the second id must belong to the first, even for X's editor
        long y = w.eventY.getId();
        rows.add(row("AgendaService#delete(long,long) [X's id, a session of Y]",
                                                                        DENIED,    DENIED,    NOT_FOUND,  DENIED,     DENIED,
                () -> done(() -> agenda.delete(x, w.sessionY.getId()))));
        rows.add(row("OutcomeService#delete(long,long) [X's id, an outcome of Y]",
                                                                        DENIED,    DENIED,    NOT_FOUND,  DENIED,     DENIED,
                () -> done(() -> outcomes.delete(x, w.outcomeY.getId()))));
        rows.add(row("WorkshopService#unlink(long,long) [X's id, a link of Y]",
                                                                        DENIED,    DENIED,    NOT_FOUND,  DENIED,     DENIED,
                () -> {
                    WorkshopEvent other = w.freshEventOfX();
                    fx.system.run(() -> workshops.link(y, other.getId(), LinkKind.PARALLEL_WITH));
                    return fx.system.call(() -> workshops.links(y)).stream()
                            .filter(link -> link.eventId() == other.getId()).findFirst().orElseThrow().linkId();
                }, linkId -> done(() -> workshops.unlink(x, linkId))));
        rows.add(row("AttendanceService#mark(long,Collection,AttendanceStatus) [X's session, B's registration for Y]",
                                                                        DENIED,    DENIED,    REFUSED,    DENIED,     DENIED,
                () -> done(() -> attendance.mark(w.plenaryX.getId(), List.of(w.registrationB.getId()), AttendanceStatus.PRESENT))));
        rows.add(row("BreakoutService#setMembers(long,long,Set,long) [X's group, B's registration for Y]",
                                                                        DENIED,    DENIED,    REFUSED,    DENIED,     DENIED,
                w::freshGroupInX, group -> breakouts.setMembers(w.breakoutX.getId(), group.getId(),
                        Set.of(w.registrationB.getId()), group.getVersion())));
        rows.add(row("CertificateService#imageBytes(long,long) [X's id, an image of Y]",
                                                                        DENIED,    DENIED,    NOT_FOUND,  DENIED,     DENIED,
                () -> certificates.imageBytes(x, w.imageY)));
        rows.add(row("CertificateService#issue(long,long,CertificateKind) [X's id, trainee B of Y]",
                                                                        DENIED,    DENIED,    NOT_FOUND,  DENIED,     DENIED,
                () -> certificates.issue(x, w.registrationB.getPerson().getId(), CertificateKind.ATTENDANCE)));
        return rows;
    }

    private BreakoutGroup currentGroupX() {
        return fx.system.call(() -> breakouts.groups(w.breakoutX.getId())).stream()
                .filter(group -> group.getId().equals(w.groupX.getId())).findFirst().orElseThrow();
    }

    @TestFactory
    Stream<DynamicTest> eachActorGetsWhatTheMatrixSays() {
        return rows().stream().map(row -> dynamicTest(row.method, () -> {
            List<String> wrong = new ArrayList<>();
            for (Actor actor : Actor.values()) {
                Supplier<Object> call = row.prepare.get();
                Answer got;
                Object result = null;
                try {
                    result = w.as(actor, call);
                    got = OK;
                } catch (NotFoundException e) {
                    got = NOT_FOUND;
                } catch (AccessDeniedException e) {
                    got = DENIED;
                } catch (RuleViolationException e) {
                    got = REFUSED;
                } catch (RuntimeException e) {
                    throw new AssertionError(actor.label + " got " + e + " from " + row.method, e);
                }
                Answer expected = row.expected.get(actor);
                if (got != expected) {
                    wrong.add(actor.label + ": expected " + expected + " but got " + got);
                } else if (got == OK && !row.check.test(actor, result)) {
                    wrong.add(actor.label + ": got the wrong answer for them: " + result);
                }
            }
            assertThat(wrong).as(row.method).isEmpty();
        }));
    }

    // ---- completeness ---------------------------------------------------------------------------------------------

    @Test
    void everyServiceMethodThatTakesAnIdHasARowOrASaidReason() {
        Set<String> covered = rows().stream().map(row -> row.key).collect(Collectors.toCollection(TreeSet::new));
        Map<String, Method> methods = idTakingServiceMethods();
        List<String> missing = methods.keySet().stream()
                .filter(key -> !covered.contains(key) && !NEEDS_NO_ROW.containsKey(key)).toList();
        assertThat(missing).as("service methods that take an id but have no row in the authorisation matrix: add one "
                + "(or, if no caller can reach anyone else's object through it, a reason in NEEDS_NO_ROW)").isEmpty();

        // rows and reasons must name real methods, or a renamed method would keep a row that tests nothing new
        Set<String> publicMethods = serviceClasses().stream().flatMap(type -> Arrays.stream(type.getDeclaredMethods()))
                .filter(method -> Modifier.isPublic(method.getModifiers())).map(AuthorisationMatrixTest::key)
                .collect(Collectors.toSet());
        assertThat(covered).as("rows naming no public service method").isSubsetOf(publicMethods);
        assertThat(NEEDS_NO_ROW.keySet()).as("reasons naming no public service method").isSubsetOf(publicMethods);
        System.out.printf("Authorisation matrix: %d service methods take an id; %d have rows (%d rows x %d actors), %d need none%n",
                methods.size(), methods.keySet().stream().filter(covered::contains).count(), rows().size(),
                Actor.values().length, NEEDS_NO_ROW.size());
    }

    /** The application's beans that guard any method with @PreAuthorize: the services. */
    private List<Class<?>> serviceClasses() {
        return Arrays.stream(context.getBeanDefinitionNames())
                .map(name -> context.getType(name))
                .filter(type -> type != null)
                .map(ClassUtils::getUserClass)
                .filter(type -> type.getPackageName().startsWith("org.greenborder.academy"))
                .filter(type -> AnnotatedElementUtils.hasAnnotation(type, PreAuthorize.class)
                        || Arrays.stream(type.getDeclaredMethods()).anyMatch(method -> method.isAnnotationPresent(PreAuthorize.class)))
                .distinct()
                .toList();
    }

    private Map<String, Method> idTakingServiceMethods() {
        Map<String, Method> result = new LinkedHashMap<>();
        for (Class<?> type : serviceClasses()) {
            for (Method method : type.getDeclaredMethods()) {
                if (Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers()) && !method.isSynthetic()
                        && Arrays.stream(method.getParameters()).anyMatch(AuthorisationMatrixTest::idLike)) {
                    result.put(key(method), method);
                }
            }
        }
        assertThat(result).as("the service classes were found").hasSizeGreaterThan(50);
        return result;
    }

    /**
     * The id of something that may belong to someone: a number, a UUID, an entity, or a text named as an id, code,
     * token, slug or user name. Parameter names come from the compiler's -parameters flag (Spring Boot's parent
     * sets it).
     */
    static boolean idLike(Parameter parameter) {
        Class<?> type = parameter.getType();
        if (type == long.class || type == Long.class || type == UUID.class
                || type.isAnnotationPresent(jakarta.persistence.Entity.class)) {
            return true;
        }
        if (type == String.class) {
            assertThat(parameter.isNamePresent()).as("compiled with -parameters").isTrue();
            return parameter.getName().matches("(?i).*(id|code|token|slug|username)");
        }
        return false;
    }

    static String key(Method method) {
        return method.getDeclaringClass().getSimpleName() + "#" + method.getName() + "("
                + Arrays.stream(method.getParameterTypes()).map(Class::getSimpleName).collect(Collectors.joining(",")) + ")";
    }

    // ---- rows -----------------------------------------------------------------------------------------------------

    /** One method (optionally with what it acts on, in brackets) and what each actor gets. */
    static final class Row {
        final String method;
        final String key;
        final Map<Actor, Answer> expected = new EnumMap<>(Actor.class);
        final Supplier<Supplier<Object>> prepare;
        BiPredicate<Actor, Object> check = (actor, result) -> true;

        Row(String method, Answer[] answers, Supplier<Supplier<Object>> prepare) {
            this.method = method;
            this.key = method.replaceAll("\\s*\\[.*]$", "");
            for (Actor actor : Actor.values()) {
                expected.put(actor, answers[actor.ordinal()]);
            }
            this.prepare = prepare;
        }

        /** For methods that answer yes or no: who gets yes. */
        Row answers(Predicate<Actor> yes) {
            check = (actor, result) -> Boolean.valueOf(yes.test(actor)).equals(result);
            return this;
        }

        Row answers(Predicate<Actor> applies, BiPredicate<Actor, Object> ok) {
            check = (actor, result) -> !applies.test(actor) || ok.test(actor, result);
            return this;
        }
    }

    /** A row whose call reads or changes only what the world holds. */
    private Row row(String method, Answer a, Answer b, Answer x, Answer y, Answer analyst, Supplier<Object> call) {
        return new Row(method, new Answer[] {a, b, x, y, analyst}, () -> call);
    }

    /** A row whose call changes what it acts on: {@code fresh} makes a new one for each actor, as the system. */
    private <T> Row row(String method, Answer a, Answer b, Answer x, Answer y, Answer analyst, Supplier<T> fresh,
                        Function<T, Object> call) {
        return new Row(method, new Answer[] {a, b, x, y, analyst}, () -> {
            T target = fresh.get();
            return () -> call.apply(target);
        });
    }

    private static Object done(Runnable work) {
        work.run();
        return "done";
    }
}
