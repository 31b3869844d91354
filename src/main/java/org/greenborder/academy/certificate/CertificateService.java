package org.greenborder.academy.certificate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.greenborder.academy.audit.AuditAction;
import org.greenborder.academy.audit.Audited;
import org.greenborder.academy.scenario.ScenarioService;
import org.greenborder.academy.scenario.ScenarioSummary;
import org.greenborder.academy.security.CurrentUser;
import org.greenborder.academy.security.Role;
import org.greenborder.academy.security.SystemIdentity;
import org.greenborder.academy.shared.ConcurrentEditException;
import org.greenborder.academy.shared.Constraints;
import org.greenborder.academy.shared.ContentFiles;
import org.greenborder.academy.shared.NotFoundException;
import org.greenborder.academy.shared.RuleViolationException;
import org.greenborder.academy.shared.Text;
import org.greenborder.academy.shared.pdf.PdfFonts;
import org.greenborder.academy.workshop.AttendanceRate;
import org.greenborder.academy.workshop.AttendanceService;
import org.greenborder.academy.workshop.EventRole;
import org.greenborder.academy.workshop.EventStatus;
import org.greenborder.academy.workshop.Organisation;
import org.greenborder.academy.workshop.ParticipantService;
import org.greenborder.academy.workshop.Person;
import org.greenborder.academy.workshop.Registration;
import org.greenborder.academy.workshop.RegistrationStatus;
import org.greenborder.academy.workshop.WorkshopEvent;
import org.greenborder.academy.workshop.WorkshopService;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.pdf.PdfCopy;
import org.openpdf.text.pdf.PdfReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The certificates API: each event's design, who has earned what, issuing (automatic, by hand, all at once),
 * revoking, re-issuing after a name correction, the holders' own list, and the public verification. Every method
 * that takes an event or certificate id checks that the caller may act on it: organisers on the events they edit,
 * holders on their own certificates, administrators on all.
 */
@Service
public class CertificateService {

    private static final Logger log = LoggerFactory.getLogger(CertificateService.class);

    public static final int REASON_MAX = 500;
    public static final int EXPIRY_WINDOW_DAYS = 90;
    private static final Set<EventRole> CONTRIBUTORS = EnumSet.of(EventRole.RESOURCE_PERSON, EventRole.REMOTE_PRESENTER);
    private static final Set<EventRole> ATTENDEES = EnumSet.of(EventRole.PARTICIPANT, EventRole.OBSERVER);

    private final CertificateRepository certificates;
    private final CertificatePdfFileRepository pdfs;
    private final CertificateDesignRepository designs;
    private final CertificateImageRepository images;
    private final KindSettingRepository kinds;
    private final WorkshopService workshops;
    private final ParticipantService participants;
    private final AttendanceService attendance;
    private final ScenarioService scenarios;
    private final CurrentUser currentUser;
    private final SystemIdentity identity;
    private final CertificateProperties properties;
    private final Constraints constraints;
    private final Clock clock;
    private final VerificationLimiter limiter;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate eachCertificate;
    private final ExecutorService bulkWorkers = Executors.newFixedThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "certificate-bulk");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<Long, BulkIssue> running = new ConcurrentHashMap<>();

    CertificateService(CertificateRepository certificates, CertificatePdfFileRepository pdfs, CertificateDesignRepository designs,
                       CertificateImageRepository images, KindSettingRepository kinds, WorkshopService workshops,
                       ParticipantService participants, AttendanceService attendance, ScenarioService scenarios,
                       CurrentUser currentUser, SystemIdentity identity, CertificateProperties properties,
                       Constraints constraints, Clock clock, VerificationLimiter limiter, PlatformTransactionManager transactions,
                       ApplicationEventPublisher events) {
        this.events = events;
        this.limiter = limiter;
        this.certificates = certificates;
        this.pdfs = pdfs;
        this.designs = designs;
        this.images = images;
        this.kinds = kinds;
        this.workshops = workshops;
        this.participants = participants;
        this.attendance = attendance;
        this.scenarios = scenarios;
        this.currentUser = currentUser;
        this.identity = identity;
        this.properties = properties;
        this.constraints = constraints;
        this.clock = clock;
        this.eachCertificate = new TransactionTemplate(transactions);
        // one transaction per certificate, also inside a listener's: one that cannot be issued spoils no other
        this.eachCertificate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    // ------------------------------------------------------------------------------------------------ event design

    /** The event's certificate design, or the default one (formal, 80 %, automatic) if none was saved yet. */
    @PreAuthorize("hasAnyRole('ADMIN', 'ORGANISER')")
    @Transactional(readOnly = true)
    public CertificateDesign design(long eventId) {
        editableEvent(eventId);
        return designs.findById(eventId).map(CertificateDesign::copy).orElseGet(() -> new CertificateDesign(eventId));
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'ORGANISER')")
    @Transactional(readOnly = true)
    public EventHeader event(long eventId) {
        WorkshopEvent event = editableEvent(eventId);
        return new EventHeader(eventId, event.getTitle(), place(event), event.getStartDate(), event.getEndDate(),
                event.getStatus() == EventStatus.CLOSED);
    }

    /** The scenarios on offer, for the required-scenarios choice. */
    @PreAuthorize("hasAnyRole('ADMIN', 'ORGANISER')")
    public List<ScenarioChoice> scenarioChoices() {
        return scenarios.catalogue().stream().map(s -> new ScenarioChoice(s.id(), s.title())).toList();
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'ORGANISER')")
    @Transactional
    public CertificateDesign saveDesign(CertificateDesign edited) {
        long eventId = edited.getEventId();
        editableEvent(eventId);
        constraints.check(edited);
        edited.setSignatory1Name(Text.blankToNull(edited.getSignatory1Name()));
        edited.setSignatory1Title(Text.blankToNull(edited.getSignatory1Title()));
        edited.setSignatory2Name(Text.blankToNull(edited.getSignatory2Name()));
        edited.setSignatory2Title(Text.blankToNull(edited.getSignatory2Title()));
        checkImage(eventId, edited.getLogoLeftId(), ImagePurpose.LOGO);
        checkImage(eventId, edited.getLogoRightId(), ImagePurpose.LOGO);
        checkImage(eventId, edited.getSignatory1ImageId(), ImagePurpose.SIGNATURE);
        checkImage(eventId, edited.getSignatory2ImageId(), ImagePurpose.SIGNATURE);
        if ((edited.getSignatory1Name() == null && edited.getSignatory1ImageId() != null)
                || (edited.getSignatory2Name() == null && edited.getSignatory2ImageId() != null)) {
            throw new RuleViolationException("A signature needs the signatory's name printed under it.");
        }
        Set<String> offered = scenarios.catalogue().stream().map(ScenarioSummary::id).collect(Collectors.toSet());
        List<String> unknown = edited.getRequiredScenarios().stream().filter(id -> !offered.contains(id)).toList();
        if (!unknown.isEmpty()) {
            throw new RuleViolationException("No such scenario: " + String.join(", ", unknown));
        }
        Optional<CertificateDesign> existing = designs.findById(eventId);
        CertificateDesign stored;
        if (existing.isPresent()) {
            stored = existing.get();
            if (stored.getVersion() != edited.getVersion()) {
                throw new ConcurrentEditException("The certificate settings");
            }
        } else {
            if (edited.getVersion() != 0) {
                throw new ConcurrentEditException("The certificate settings");
            }
            stored = new CertificateDesign(eventId);
        }
        stored.copyFrom(edited);
        stored.touch(currentUser.username(), Instant.now(clock));
        try {
            CertificateDesign saved = designs.saveAndFlush(stored);
            events.publishEvent(Audited.of(AuditAction.CERTIFICATE_DESIGN_CHANGED, "event " + eventId,
                    saved.getLayout() + " layout, attendance threshold " + saved.getAttendanceThreshold() + " %, automatic issue "
                            + (saved.isAutoIssue() ? "on" : "off") + ", required scenarios " + saved.getRequiredScenarios()));
            return saved.copy();
        } catch (ObjectOptimisticLockingFailureException | DataIntegrityViolationException e) {
            throw new ConcurrentEditException("The certificate settings");
        }
    }

    private void checkImage(long eventId, Long imageId, ImagePurpose purpose) {
        if (imageId == null) {
            return;
        }
        CertificateImage image = images.findById(imageId).filter(found -> found.getEventId() == eventId)
                .orElseThrow(() -> new NotFoundException("Image " + imageId));
        if (image.getPurpose() != purpose) {
            throw new RuleViolationException("\"" + image.getFileName() + "\" was uploaded as a " + image.getPurpose().label().toLowerCase(Locale.ROOT)
                    + ", not as a " + purpose.label().toLowerCase(Locale.ROOT) + ".");
        }
    }

    /** Checks and stores an uploaded logo or signature (PNG or JPEG, re-encoded; see {@link ImageUploads}). */
    @PreAuthorize("hasAnyRole('ADMIN', 'ORGANISER')")
    @Transactional
    public CertificateImage uploadImage(long eventId, ImagePurpose purpose, String fileName, byte[] bytes) {
        editableEvent(eventId);
        ImageUploads.Stored stored = ImageUploads.prepare(bytes, purpose);
        String name = fileName == null || fileName.isBlank() ? purpose.label().toLowerCase(Locale.ROOT)
                : fileName.replaceAll("[\\p{Cntrl}/\\\\]", "_");
        name = name.length() > 200 ? name.substring(0, 200) : name;
        return images.save(new CertificateImage(eventId, purpose, name, stored, currentUser.username(), Instant.now(clock)));
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'ORGANISER')")
    @Transactional(readOnly = true)
    public List<CertificateImage> images(long eventId) {
        editableEvent(eventId);
        return images.findByEventIdOrderByIdDesc(eventId);
    }

    /** The stored bytes of one of the event's images, for a thumbnail in the settings. */
    @PreAuthorize("hasAnyRole('ADMIN', 'ORGANISER')")
    @Transactional(readOnly = true)
    public byte[] imageBytes(long eventId, long imageId) {
        editableEvent(eventId);
        return images.findById(imageId).filter(image -> image.getEventId() == eventId)
                .orElseThrow(() -> new NotFoundException("Image " + imageId)).getBytes();
    }

    /**
     * A certificate as the (possibly unsaved) design would print it, marked as a preview and with a code that
     * verifies as unknown. It shows the first registered participant with a name in local script, so that the
     * organiser sees how such names fit; else a sample name.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'ORGANISER')")
    @Transactional(readOnly = true)
    public byte[] preview(CertificateDesign draft, CertificateKind kind) {
        WorkshopEvent event = editableEvent(draft.getEventId());
        Person sample = participants.registrations(event.getId()).stream().map(Registration::getPerson)
                .filter(person -> person.getLocalName() != null).findFirst().orElse(null);
        String name = sample == null ? "Sample Participant" : sample.getFullName();
        String localName = sample == null ? null : sample.getLocalName();
        String achievement = switch (kind) {
            case ATTENDANCE -> "Attended 9 of 10 sessions (90 %).";
            case RESOURCE_PERSON -> "Role: resource person.";
            case SCENARIO_COMPLETION -> "Scenarios passed: " + (draft.getRequiredScenarios().isEmpty() ? "(none chosen yet)"
                    : String.join("; ", titles(draft.getRequiredScenarios()).values())) + ". Average score 90 %.";
        };
        CertificateContent content = new CertificateContent(event.getId(), 0, null, name, localName, achievement,
                event.getTitle(), place(event), event.getStartDate(), event.getEndDate(),
                kind == CertificateKind.SCENARIO_COMPLETION ? 90 : null, issuer(event), draft.getLayout(),
                Instant.now(clock), validUntil(kind, LocalDate.now(clock)));
        String code = "PREV-IEWP-REVI-EWPR-E";
        return CertificatePdf.render(sheet(kind, code, content, draft, true));
    }

    // ------------------------------------------------------------------------------------------------ who earned what

    /** Everyone registered for the event who could hold a certificate, with what they have earned and hold. */
    @PreAuthorize("hasAnyRole('ADMIN', 'ORGANISER')")
    @Transactional(readOnly = true)
    public List<Candidate> candidates(long eventId) {
        WorkshopEvent event = editableEvent(eventId);
        CertificateDesign design = designs.findById(eventId).orElseGet(() -> new CertificateDesign(eventId));
        return candidates(event, design);
    }

    private List<Candidate> candidates(WorkshopEvent event, CertificateDesign design) {
        Map<Long, AttendanceRate> rates = attendance.rates(event.getId()).stream()
                .collect(Collectors.toMap(rate -> rate.registration().getId(), rate -> rate, (a, b) -> a));
        Map<Long, Map<CertificateKind, Certificate>> held = new HashMap<>();
        for (Certificate certificate : certificates.findByEventIdOrderByHolderNameAscIdAsc(event.getId())) {
            if (certificate.status(today()) != CertificateStatus.SUPERSEDED && certificate.getRevokedAt() == null) {
                held.computeIfAbsent(certificate.getPersonId(), id -> new EnumMap<>(CertificateKind.class))
                        .put(certificate.getKind(), certificate);
            }
        }
        Set<String> required = design.getRequiredScenarios();
        List<Candidate> result = new ArrayList<>();
        for (Registration registration : participants.registrations(event.getId())) {
            if (registration.getStatus() != RegistrationStatus.CONFIRMED || registration.getRole() == EventRole.ORGANISER) {
                continue;
            }
            Person person = registration.getPerson();
            AttendanceRate rate = rates.get(registration.getId());
            Set<CertificateKind> eligible = EnumSet.noneOf(CertificateKind.class);
            boolean over = event.getStatus() == EventStatus.CLOSED;
            if (over && ATTENDEES.contains(registration.getRole()) && rate != null && rate.sessions() > 0
                    && rate.percent() >= design.getAttendanceThreshold()) {
                eligible.add(CertificateKind.ATTENDANCE);
            }
            if (over && CONTRIBUTORS.contains(registration.getRole())) {
                eligible.add(CertificateKind.RESOURCE_PERSON);
            }
            Map<String, Integer> passed = required.isEmpty() || person.getUsername() == null ? Map.of()
                    : scenarios.bestPassedPercents(person.getUsername(), required);
            if (!required.isEmpty() && passed.keySet().containsAll(required)) {
                eligible.add(CertificateKind.SCENARIO_COMPLETION);
            }
            Map<CertificateKind, Certificate> current = held.getOrDefault(person.getId(), Map.of());
            boolean nameChanged = current.values().stream().anyMatch(certificate -> !sameName(certificate, person));
            result.add(new Candidate(person.getId(), person.getFullName(), person.getLocalName(), registration.getRole().label(),
                    rate == null || rate.sessions() == 0 ? "no attendance taken" : rate.attended() + " of " + rate.sessions() + " sessions",
                    passed.size(), required.size(), eligible, current, nameChanged));
        }
        return result;
    }

    private static boolean sameName(Certificate certificate, Person person) {
        return Objects.equals(nfc(certificate.getHolderName()), nfc(person.getFullName()))
                && Objects.equals(nfc(certificate.getHolderLocalName()), nfc(Text.blankToNull(person.getLocalName())));
    }

    // ------------------------------------------------------------------------------------------------ issuing

    /**
     * Issues a certificate by hand. Completion needs every required scenario passed, a resource person
     * certificate the role; an attendance certificate may be given below the threshold (the organiser's judgement,
     * e.g. excused absences), but only once the event is closed and only to someone who attended at least once.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'ORGANISER')")
    @Transactional
    public Certificate issue(long eventId, long personId, CertificateKind kind) {
        WorkshopEvent event = editableEvent(eventId);
        CertificateDesign design = designs.findById(eventId).orElseGet(() -> new CertificateDesign(eventId));
        Registration registration = registration(eventId, personId);
        if (certificates.findByCurrentKey(Certificate.currentKey(kind, eventId, personId)).isPresent()) {
            throw new RuleViolationException(registration.getPerson().getFullName() + " already holds a "
                    + kind.heading().toLowerCase(Locale.ROOT) + " for this event. Revoke it or re-issue it instead.");
        }
        Earned earned = earned(event, design, registration, kind, true);
        return store(event, design, registration.getPerson(), kind, earned, currentUser.username(), false);
    }

    /**
     * Issues what someone has earned, without asking (an attempt passed, the workshop closed). Never issues twice,
     * and never again after an organiser revoked a certificate of that kind. Returns what was issued, if anything.
     */
    Optional<Certificate> issueEarned(long eventId, long personId, CertificateKind kind) {
        WorkshopEvent event = workshops.get(eventId);
        CertificateDesign design = designs.findById(eventId).orElse(null);
        if (design == null || !design.isAutoIssue()) {
            return Optional.empty();
        }
        Registration registration = registration(eventId, personId);
        if (certificates.findByCurrentKey(Certificate.currentKey(kind, eventId, personId)).isPresent()
                || certificates.existsByKindAndEventIdAndPersonIdAndRevokedAtNotNull(kind, eventId, personId)) {
            return Optional.empty();
        }
        Earned earned;
        try {
            earned = earned(event, design, registration, kind, false);
        } catch (RuleViolationException notEarned) {
            return Optional.empty();
        }
        try {
            return Optional.of(store(event, design, registration.getPerson(), kind, earned, "system", true));
        } catch (RuleViolationException alreadyIssued) {
            return Optional.empty();
        }
    }

    /** After a passed attempt: completion certificates of the events that require the scenario and the trainee attends. */
    void issueForPassedScenario(String username, String scenarioId) {
        List<Long> events = eachCertificate.execute(status -> designs.findRequiring(scenarioId).stream()
                .filter(CertificateDesign::isAutoIssue).map(CertificateDesign::getEventId).toList());
        for (long eventId : events) {
            tryEach(() -> participants.registrations(eventId).stream()
                    .filter(registration -> username.equals(registration.getPerson().getUsername()))
                    .findFirst()
                    .flatMap(registration -> issueEarned(eventId, registration.getPerson().getId(), CertificateKind.SCENARIO_COMPLETION)),
                    "completion certificate for " + username + " in event " + eventId);
        }
    }

    /** After an event is closed: the attendance and resource person certificates its registrants have earned. */
    void issueForClosedEvent(long eventId) {
        issueMissing(eventId, EnumSet.of(CertificateKind.ATTENDANCE, CertificateKind.RESOURCE_PERSON));
    }

    /**
     * Issues, for every event with automatic issue on, what its registrants have earned and do not hold: what an
     * automatic issue missed because the application stopped between an event and its listener, or because the
     * organiser switched automatic issue on after the fact. Returns how many were issued.
     */
    int catchUp() {
        List<Long> events = eachCertificate.execute(status -> designs.findAll().stream()
                .filter(CertificateDesign::isAutoIssue).map(CertificateDesign::getEventId).toList());
        int issued = 0;
        for (long eventId : events) {
            issued += issueMissing(eventId, EnumSet.allOf(CertificateKind.class));
        }
        return issued;
    }

    private int issueMissing(long eventId, Set<CertificateKind> kinds) {
        List<Candidate> candidates = eachCertificate.execute(status -> {
            CertificateDesign design = designs.findById(eventId).orElse(null);
            return design == null || !design.isAutoIssue() ? List.<Candidate>of() : candidates(workshops.get(eventId), design);
        });
        int issued = 0;
        for (Candidate candidate : candidates) {
            for (CertificateKind kind : candidate.eligible()) {
                if (kinds.contains(kind) && !candidate.current().containsKey(kind)
                        && tryEach(() -> issueEarned(eventId, candidate.personId(), kind),
                        kind + " certificate for person " + candidate.personId() + " in event " + eventId)) {
                    issued++;
                }
            }
        }
        return issued;
    }

    private boolean tryEach(java.util.function.Supplier<Optional<Certificate>> issue, String what) {
        try {
            return Boolean.TRUE.equals(eachCertificate.execute(status -> issue.get().isPresent()));
        } catch (RuntimeException e) {
            log.warn("Could not issue the {}", what, e);
            return false;
        }
    }

    private record Earned(String achievement, Integer score) {
    }

    private Earned earned(WorkshopEvent event, CertificateDesign design, Registration registration, CertificateKind kind,
                          boolean byHand) {
        String name = registration.getPerson().getFullName();
        if (registration.getStatus() != RegistrationStatus.CONFIRMED) {
            throw new RuleViolationException(name + "'s registration is " + registration.getStatus().label().toLowerCase(Locale.ROOT) + ", not confirmed.");
        }
        boolean over = event.getStatus() == EventStatus.CLOSED;
        switch (kind) {
            case ATTENDANCE -> {
                if (!over) {
                    throw new RuleViolationException("Attendance certificates are issued once the event is closed.");
                }
                AttendanceRate rate = attendance.rates(event.getId()).stream()
                        .filter(found -> found.registration().getId().equals(registration.getId())).findFirst().orElse(null);
                if (rate == null || rate.sessions() == 0 || rate.attended() == 0) {
                    throw new RuleViolationException(name + " has no recorded attendance.");
                }
                if (!byHand && rate.percent() < design.getAttendanceThreshold()) {
                    throw new RuleViolationException(name + " attended " + rate.percent() + " %, below " + design.getAttendanceThreshold() + " %.");
                }
                return new Earned("Attended " + rate.attended() + " of " + rate.sessions() + " sessions (" + rate.percent() + " %).", null);
            }
            case RESOURCE_PERSON -> {
                if (!over) {
                    throw new RuleViolationException("Resource person certificates are issued once the event is closed.");
                }
                if (!CONTRIBUTORS.contains(registration.getRole())) {
                    throw new RuleViolationException(name + " is registered as " + registration.getRole().label().toLowerCase(Locale.ROOT)
                            + ", not as a resource person or remote presenter.");
                }
                return new Earned("Role: " + registration.getRole().label().toLowerCase(Locale.ROOT) + ".", null);
            }
            case SCENARIO_COMPLETION -> {
                Set<String> required = design.getRequiredScenarios();
                if (required.isEmpty()) {
                    throw new RuleViolationException("This event requires no scenarios; choose them in the certificate settings first.");
                }
                String username = registration.getPerson().getUsername();
                if (username == null) {
                    throw new RuleViolationException(name + " has no user account, so has no scenario results.");
                }
                Map<String, Integer> passed = scenarios.bestPassedPercents(username, required);
                Map<String, String> titles = titles(required);
                List<String> missing = required.stream().filter(id -> !passed.containsKey(id)).map(titles::get).toList();
                if (!missing.isEmpty()) {
                    throw new RuleViolationException(name + " has not passed: " + String.join("; ", missing) + ".");
                }
                int average = (int) Math.round(passed.values().stream().mapToInt(Integer::intValue).average().orElse(0));
                String list = required.stream().map(id -> titles.get(id) + " (" + passed.get(id) + " %)").collect(Collectors.joining("; "));
                String achievement = "Scenarios passed: " + list + ".";
                if (achievement.length() > 560) {
                    achievement = "Passed all " + required.size() + " required scenarios.";
                }
                return new Earned(achievement + (required.size() > 1 ? " Average score " + average + " %." : ""), average);
            }
        }
        throw new IllegalArgumentException(kind.name());
    }

    private Map<String, String> titles(Collection<String> scenarioIds) {
        Map<String, String> titles = new HashMap<>();
        for (String id : scenarioIds) {
            titles.put(id, scenarios.scenario(id).map(ScenarioSummary::title).orElse(id));
        }
        return titles;
    }

    private Certificate store(WorkshopEvent event, CertificateDesign design, Person person, CertificateKind kind,
                              Earned earned, String issuedBy, boolean automatic) {
        Instant now = Instant.now(clock);
        CertificateContent content = new CertificateContent(event.getId(), person.getId(), person.getUsername(),
                nfc(person.getFullName()), nfc(Text.blankToNull(person.getLocalName())), earned.achievement(),
                event.getTitle(), place(event), event.getStartDate(), event.getEndDate(), earned.score(), issuer(event),
                design.getLayout(), now, validUntil(kind, now.atZone(ZoneOffset.UTC).toLocalDate()));
        return storeContent(kind, content, design, issuedBy, automatic);
    }

    private Certificate storeContent(CertificateKind kind, CertificateContent content, CertificateDesign design,
                                     String issuedBy, boolean automatic) {
        PdfFonts.get().unprintable(content.holderName() + " " + Objects.requireNonNullElse(content.holderLocalName(), ""))
                .ifPresent(characters -> {
                    // better no certificate than one with empty boxes in the holder's name
                    throw new RuleViolationException("The name of " + content.holderName() + " has characters the certificate fonts "
                            + "cannot print: " + characters + ". Correct the name in the participant record.");
                });
        String code = newCode();
        byte[] pdf = CertificatePdf.render(sheet(kind, code, content, design, false));
        Certificate certificate = new Certificate(code, kind, content, issuedBy, automatic);
        certificate.attachPdf(ContentFiles.sha256(pdf), pdf.length);
        try {
            certificate = certificates.saveAndFlush(certificate);
        } catch (DataIntegrityViolationException e) {
            throw new RuleViolationException(content.holderName() + " already holds a " + kind.heading().toLowerCase(Locale.ROOT)
                    + " for this event.");
        }
        pdfs.save(new CertificatePdfFile(certificate.getId(), pdf));
        log.info("Issued {} {} to person {} for event {}", kind, code, content.personId(), content.eventId());
        events.publishEvent(Audited.by(issuedBy == null ? "system" : issuedBy, AuditAction.CERTIFICATE_ISSUED, auditTarget(certificate),
                kind.heading() + " to " + content.holderName() + " (person " + content.personId() + "), event " + content.eventId()
                        + (automatic ? ", issued automatically" : "")));
        return certificate;
    }

    private String newCode() {
        for (int i = 0; i < 5; i++) {
            String code = CertificateCode.generate();
            if (certificates.findByCode(code).isEmpty()) {
                return code;
            }
        }
        throw new IllegalStateException("No free certificate code after five tries");
    }

    private CertificatePdf.Sheet sheet(CertificateKind kind, String code, CertificateContent content, CertificateDesign design,
                                       boolean preview) {
        List<CertificatePdf.Signatory> signatories = new ArrayList<>();
        if (design.getSignatory1Name() != null) {
            signatories.add(new CertificatePdf.Signatory(design.getSignatory1Name(), design.getSignatory1Title(), imageOrNull(design.getSignatory1ImageId())));
        }
        if (design.getSignatory2Name() != null) {
            signatories.add(new CertificatePdf.Signatory(design.getSignatory2Name(), design.getSignatory2Title(), imageOrNull(design.getSignatory2ImageId())));
        }
        return new CertificatePdf.Sheet(kind, code, properties.verificationUrl(code), content,
                imageOrNull(design.getLogoLeftId()), imageOrNull(design.getLogoRightId()), signatories, preview);
    }

    private byte[] imageOrNull(Long imageId) {
        return imageId == null ? null : images.findById(imageId).map(CertificateImage::getBytes).orElse(null);
    }

    /**
     * Issues, in the background, every certificate the event's registrants have earned and do not hold yet, each in
     * its own transaction (one failure does not undo the others). A second call while one runs gets the running one.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'ORGANISER')")
    public BulkIssue issueAll(long eventId) {
        List<Candidate> candidates = eachCertificate.execute(status -> {
            WorkshopEvent event = editableEvent(eventId);
            return candidates(event, designs.findById(eventId).orElseGet(() -> new CertificateDesign(eventId)));
        });
        List<Map.Entry<Candidate, CertificateKind>> toIssue = new ArrayList<>();
        for (Candidate candidate : candidates) {
            for (CertificateKind kind : candidate.eligible()) {
                if (!candidate.current().containsKey(kind)) {
                    toIssue.add(Map.entry(candidate, kind));
                }
            }
        }
        BulkIssue fresh = new BulkIssue(eventId, toIssue.size());
        BulkIssue existing = running.putIfAbsent(eventId, fresh);
        if (existing != null) {
            return existing;
        }
        String by = currentUser.username();
        Runnable work = identity.asCaller(() -> {
            for (Map.Entry<Candidate, CertificateKind> next : toIssue) {
                Candidate candidate = next.getKey();
                try {
                    eachCertificate.executeWithoutResult(status -> bulkIssueOne(eventId, candidate.personId(), next.getValue(), by));
                    fresh.succeeded();
                } catch (RuntimeException e) {
                    String message = e instanceof RuleViolationException ? e.getMessage() : "could not be issued";
                    fresh.failed(candidate.name() + " (" + next.getValue().label().toLowerCase(Locale.ROOT) + "): " + message);
                    if (!(e instanceof RuleViolationException)) {
                        log.warn("Bulk issue for event {} failed for person {}", eventId, candidate.personId(), e);
                    }
                }
            }
        });
        bulkWorkers.execute(() -> {
            try {
                work.run();
            } finally {
                running.remove(eventId);
                fresh.finished.complete(fresh);
            }
        });
        return fresh;
    }

    private void bulkIssueOne(long eventId, long personId, CertificateKind kind, String by) {
        WorkshopEvent event = editableEvent(eventId);
        CertificateDesign design = designs.findById(eventId).orElseGet(() -> new CertificateDesign(eventId));
        Registration registration = registration(eventId, personId);
        Earned earned = earned(event, design, registration, kind, false);
        store(event, design, registration.getPerson(), kind, earned, by, false);
    }

    // ------------------------------------------------------------------------------------------------ revoke, re-issue

    @PreAuthorize("hasAnyRole('ADMIN', 'ORGANISER')")
    @Transactional
    public Certificate revoke(long certificateId, String reason) {
        Certificate certificate = managed(certificateId);
        String why = Text.blankToNull(reason);
        if (why == null) {
            throw new RuleViolationException("Give the reason for revoking the certificate.");
        }
        if (why.length() > REASON_MAX) {
            throw new RuleViolationException("The reason can have at most " + REASON_MAX + " characters.");
        }
        if (certificate.getRevokedAt() != null || certificate.getSupersededById() != null) {
            throw new RuleViolationException("Certificate " + certificate.getCode() + " is already "
                    + certificate.status(today()).label().toLowerCase(Locale.ROOT) + ".");
        }
        certificate.revoke(currentUser.username(), why, Instant.now(clock));
        try {
            Certificate saved = certificates.saveAndFlush(certificate);
            // the reason stays on the certificate (never shown publicly); the trail says only that one was given
            events.publishEvent(Audited.of(AuditAction.CERTIFICATE_REVOKED, auditTarget(saved),
                    "held by " + saved.getHolderName() + ", event " + saved.getEventId()));
            return saved;
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConcurrentEditException("The certificate");
        }
    }

    /**
     * Re-issues a certificate with the holder's name as it now stands in their participant record (after a
     * correction): a new code and PDF with the same achievement and validity; the old code then answers
     * "superseded" and points to the new one.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'ORGANISER')")
    @Transactional
    public Certificate reissue(long certificateId) {
        Certificate old = managed(certificateId);
        if (old.getRevokedAt() != null || old.getSupersededById() != null) {
            throw new RuleViolationException("Only a current certificate can be re-issued; " + old.getCode() + " is "
                    + old.status(today()).label().toLowerCase(Locale.ROOT) + ".");
        }
        Person person = registration(old.getEventId(), old.getPersonId()).getPerson();
        CertificateDesign design = designs.findById(old.getEventId()).orElseGet(() -> new CertificateDesign(old.getEventId()));
        CertificateContent content = new CertificateContent(old.getEventId(), old.getPersonId(), person.getUsername(),
                nfc(person.getFullName()), nfc(Text.blankToNull(person.getLocalName())), old.getAchievement(),
                old.getEventTitle(), old.getEventPlace(), old.getEventStart(), old.getEventEnd(), old.getScorePercent(),
                old.getIssuer(), design.getLayout(), Instant.now(clock), old.getValidUntil());
        Instant now = Instant.now(clock);
        // the old one gives up its "current" slot first, so that the new one can take it
        old.releaseCurrent();
        try {
            certificates.saveAndFlush(old);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConcurrentEditException("The certificate");
        }
        Certificate fresh = storeContent(old.getKind(), content, design, currentUser.username(), false);
        old.supersede(fresh.getId(), now);
        certificates.saveAndFlush(old);
        events.publishEvent(Audited.of(AuditAction.CERTIFICATE_REISSUED, auditTarget(old), "superseded by " + fresh.getCode()));
        return fresh;
    }

    private static String auditTarget(Certificate certificate) {
        return "certificate " + certificate.getCode();
    }

    private Certificate managed(long certificateId) {
        Certificate certificate = certificates.findById(certificateId)
                .orElseThrow(() -> new NotFoundException("Certificate " + certificateId));
        editableEvent(certificate.getEventId());
        return certificate;
    }

    // ------------------------------------------------------------------------------------------------ lists, files

    @PreAuthorize("hasAnyRole('ADMIN', 'ORGANISER')")
    @Transactional(readOnly = true)
    public List<Certificate> ofEvent(long eventId) {
        editableEvent(eventId);
        return certificates.findByEventIdOrderByHolderNameAscIdAsc(eventId);
    }

    /** The caller's own certificates: those issued to their account or to the participant record linked to it. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Certificate> mine() {
        String username = currentUser.username();
        Long personId = participants.myPerson().map(Person::getId).orElse(null);
        return certificates.findByHolderUsernameOrPersonIdOrderByIssuedAtDescIdDesc(username, personId == null ? -1 : personId);
    }

    /** One of the caller's own certificates as an Open Badges 3.0 credential (unsigned; see {@link OpenBadge}). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<String, Object> badge(String code) {
        return OpenBadge.credential(myCertificate(code), properties);
    }

    /** The same, as pretty-printed JSON for a download. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public String badgeJson(String code) {
        return JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValueAsString(badge(code));
    }

    /** The stored PDF, for its holder, the event's organisers and administrators. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public byte[] pdf(long certificateId) {
        Certificate certificate = certificates.findById(certificateId)
                .orElseThrow(() -> new NotFoundException("Certificate " + certificateId));
        if (!isHolder(certificate) && !canManage(certificate.getEventId())) {
            throw new NotFoundException("Certificate " + certificateId);
        }
        return pdfs.findById(certificateId).orElseThrow(() -> new NotFoundException("Certificate " + certificateId)).bytes();
    }

    /** One of the caller's own certificates by its code (for the holder's API). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Certificate myCertificate(String code) {
        return CertificateCode.parse(code).flatMap(certificates::findByCode).filter(this::isHolder)
                .orElseThrow(() -> new NotFoundException("Certificate"));
    }

    private boolean isHolder(Certificate certificate) {
        String username = currentUser.username();
        if (username != null && username.equals(certificate.getHolderUsername())) {
            return true;
        }
        return participants.myPerson().map(person -> person.getId() == certificate.getPersonId()).orElse(false);
    }

    private boolean canManage(long eventId) {
        if (!currentUser.hasRole(Role.ADMIN) && !currentUser.hasRole(Role.ORGANISER)) {
            return false;
        }
        try {
            return workshops.canEdit(eventId);
        } catch (NotFoundException e) {
            return false;
        }
    }

    /** The event's current certificates as one ZIP of PDFs, named by holder and code. */
    @PreAuthorize("hasAnyRole('ADMIN', 'ORGANISER')")
    @Transactional(readOnly = true)
    public byte[] eventZip(long eventId) {
        List<Certificate> current = currentOf(eventId);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            Set<String> names = new LinkedHashSet<>();
            for (Certificate certificate : current) {
                String base = certificate.getHolderName().replaceAll("[^\\p{L}\\p{N} ._-]", "").trim().replace(' ', '_');
                String name = (base.isEmpty() ? "certificate" : base) + "-" + certificate.getKind().name().toLowerCase(Locale.ROOT)
                        + "-" + certificate.getCode() + ".pdf";
                if (names.add(name)) {
                    zip.putNextEntry(new ZipEntry(name));
                    zip.write(pdfs.findById(certificate.getId()).orElseThrow().bytes());
                    zip.closeEntry();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The event's current certificates as one PDF, a page each, for printing. */
    @PreAuthorize("hasAnyRole('ADMIN', 'ORGANISER')")
    @Transactional(readOnly = true)
    public byte[] eventMergedPdf(long eventId) {
        List<Certificate> current = currentOf(eventId);
        if (current.isEmpty()) {
            throw new RuleViolationException("This event has no current certificates yet.");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document();
        try {
            PdfCopy copy = new PdfCopy(document, out);
            copy.setFullCompression();
            document.addTitle("Certificates: " + current.getFirst().getEventTitle());
            document.addCreator("Green Border Academy");
            document.open();
            for (Certificate certificate : current) {
                try (PdfReader reader = new PdfReader(pdfs.findById(certificate.getId()).orElseThrow().bytes())) {
                    copy.addPage(copy.getImportedPage(reader, 1));
                    copy.freeReader(reader);
                }
            }
            document.close();
        } catch (IOException | DocumentException e) {
            throw new IllegalStateException("Cannot merge the certificates of event " + eventId, e);
        }
        return out.toByteArray();
    }

    private List<Certificate> currentOf(long eventId) {
        editableEvent(eventId);
        LocalDate today = today();
        return certificates.findByEventIdOrderByHolderNameAscIdAsc(eventId).stream()
                .filter(certificate -> certificate.status(today) == CertificateStatus.VALID).toList();
    }

    // ------------------------------------------------------------------------------------------------ expiry

    /** Current certificates of the events the caller edits (all, for administrators) that expire within 90 days. */
    @PreAuthorize("hasAnyRole('ADMIN', 'ORGANISER')")
    @Transactional(readOnly = true)
    public List<Certificate> expiringSoon() {
        LocalDate today = today();
        Map<Long, Boolean> editable = new HashMap<>();
        return certificates.findCurrentExpiringBetween(today, today.plusDays(EXPIRY_WINDOW_DAYS)).stream()
                .filter(certificate -> editable.computeIfAbsent(certificate.getEventId(), this::canManage)).toList();
    }

    /** The validity period per kind, in months; missing means certificates of that kind do not expire. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<CertificateKind, Integer> validityMonths() {
        Map<CertificateKind, Integer> months = new EnumMap<>(CertificateKind.class);
        kinds.findAll().forEach(setting -> {
            if (setting.validityMonths() != null) {
                months.put(setting.kind(), setting.validityMonths());
            }
        });
        return months;
    }

    /** Sets how long certificates of a kind issued from now on are valid (null: no expiry). Issued ones keep theirs. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void setValidityMonths(CertificateKind kind, Integer months) {
        if (months != null && (months < 1 || months > KindSetting.MAX_MONTHS)) {
            throw new RuleViolationException("A validity period is 1 to " + KindSetting.MAX_MONTHS + " months, or none.");
        }
        KindSetting setting = kinds.findById(kind).orElseThrow(() -> new NotFoundException("Kind " + kind));
        setting.change(months, currentUser.username(), Instant.now(clock));
        kinds.saveAndFlush(setting);
    }

    private LocalDate validUntil(CertificateKind kind, LocalDate issued) {
        return kinds.findById(kind).map(KindSetting::validityMonths).map(months -> issued.plusMonths(months)).orElse(null);
    }

    // ------------------------------------------------------------------------------------------------ public

    /**
     * What anyone may know about a code, without signing in. A code that is malformed, fails its check symbol or
     * was never issued gets the same answer, "unknown", with nothing else. Limited per client address (see
     * {@link VerificationLimiter}); over the limit it throws {@link VerificationLimitException}.
     */
    @Transactional(readOnly = true)
    public Verification verify(String code, String client) {
        limiter.acquire(client);
        Optional<Certificate> found = CertificateCode.parse(code).flatMap(certificates::findByCode);
        if (found.isEmpty()) {
            limiter.unknown(client);
            return Verification.unknown();
        }
        Certificate certificate = found.get();
        String supersededBy = certificate.getSupersededById() == null ? null
                : certificates.findById(certificate.getSupersededById()).map(Certificate::getCode).orElse(null);
        return new Verification(certificate.status(today()), certificate.getCode(), certificate.getKind().heading(),
                certificate.getHolderName(), certificate.getHolderLocalName(), certificate.getAchievement(),
                certificate.getEventTitle(), certificate.getEventPlace(), certificate.getEventStart(), certificate.getEventEnd(),
                certificate.getIssuer(), day(certificate.getIssuedAt()), certificate.getValidUntil(),
                day(certificate.getRevokedAt()), day(certificate.getSupersededAt()), supersededBy, certificate.getPdfSha256());
    }

    /** Whether certificates would point to an address only this machine reaches (GBA_PUBLIC_URL not set). */
    public boolean publicAddressIsLocal() {
        return properties.local();
    }

    /** The public address of a certificate's verification page (what its QR code holds). */
    public String verificationUrl(String code) {
        return properties.verificationUrl(code);
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private WorkshopEvent editableEvent(long eventId) {
        WorkshopEvent event = workshops.get(eventId);
        if (!workshops.canEdit(eventId)) {
            throw new AccessDeniedException("Only the event's organisers manage its certificates");
        }
        return event;
    }

    private Registration registration(long eventId, long personId) {
        return participants.registrations(eventId).stream().filter(found -> found.getPerson().getId() == personId)
                .findFirst().orElseThrow(() -> new NotFoundException("Registration of person " + personId));
    }

    private static String place(WorkshopEvent event) {
        return event.getVenueCity() + ", " + event.getVenueCountry().displayName();
    }

    private static String issuer(WorkshopEvent event) {
        List<String> names = event.getOrganisers().stream().map(Organisation::getName).sorted().toList();
        if (names.isEmpty()) {
            return "Green Border Academy";
        }
        String joined = names.size() == 1 ? names.getFirst()
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.getLast();
        return joined.length() > 300 ? joined.substring(0, 297) + "..." : joined;
    }

    /** Today by the application's clock, in UTC: the day statuses and expiry are judged by. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }

    /** What a verifier is told about the certificate today. */
    public CertificateStatus status(Certificate certificate) {
        return certificate.status(today());
    }

    private static LocalDate day(Instant instant) {
        return instant == null ? null : instant.atZone(ZoneOffset.UTC).toLocalDate();
    }

    private static String nfc(String text) {
        return text == null ? null : Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
    }

    /** Every certificate that was issued and stands (valid or expired), for the regional needs picture. */
    @PreAuthorize("hasAnyRole('ADMIN', 'ANALYST', 'ORGANISER')")
    @Transactional(readOnly = true)
    public List<IssuedCertificate> issued() {
        LocalDate today = today();
        return certificates.findAll().stream()
                .map(c -> new IssuedCertificate(c.getPersonId(), c.getEventId(), c.getKind(),
                        LocalDate.ofInstant(c.getIssuedAt(), clock.getZone()), c.status(today)))
                .filter(c -> c.status() == CertificateStatus.VALID || c.status() == CertificateStatus.EXPIRED)
                .toList();
    }
}
