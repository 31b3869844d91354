package org.greenborder.academy.workshop;

import java.io.Reader;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.greenborder.academy.shared.ConcurrentEditException;
import org.greenborder.academy.shared.Constraints;
import org.greenborder.academy.shared.CountryCode;
import org.greenborder.academy.shared.NotFoundException;
import org.greenborder.academy.shared.RuleViolationException;
import org.greenborder.academy.shared.Text;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * People and their registrations: nomination, approval within the capacity, a waitlist that moves up by itself
 * when someone withdraws or sends apologies, and CSV import and export of participant lists.
 */
@Service
public class ParticipantService {

    private final PersonRepository people;
    private final RegistrationRepository registrations;
    private final WorkshopEventRepository events;
    private final OrganisationRepository organisations;
    private final WorkshopAccess access;
    private final Waitlist waitlist;
    private final Clock clock;

    private final Constraints constraints;

    ParticipantService(PersonRepository people, RegistrationRepository registrations, WorkshopEventRepository events,
                       OrganisationRepository organisations, WorkshopAccess access, Waitlist waitlist, Constraints constraints,
                       Clock clock) {
        this.constraints = constraints;
        this.people = people;
        this.registrations = registrations;
        this.events = events;
        this.organisations = organisations;
        this.access = access;
        this.waitlist = waitlist;
        this.clock = clock;
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'ORGANISER', 'ANALYST')")
    @Transactional(readOnly = true)
    public List<Person> searchPeople(String text) {
        return people.search(Text.containsPattern(text));
    }

    /**
     * Creates a person (no id) or saves an edited one. A person registered for events is changed only by the
     * organisers of one of those events (administrators: any): the record holds their e-mail address and the
     * account that sees their registrations and certificates.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'ORGANISER')")
    @Transactional
    public Person savePerson(Person edited) {
        Person stored = null;
        if (edited.getId() != null) {
            stored = people.findById(edited.getId()).orElseThrow(() -> new NotFoundException("Person " + edited.getId()));
            requireOrganiserOfAnEventOf(stored);
        }
        edited.setFullName(edited.getFullName() == null ? null : edited.getFullName().strip());
        edited.setEmail(lowerCaseOrNull(edited.getEmail()));
        edited.setLocalName(Text.blankToNull(edited.getLocalName()));
        edited.setJobTitle(Text.blankToNull(edited.getJobTitle()));
        edited.setUsername(lowerCaseOrNull(edited.getUsername()));
        constraints.check(edited);
        if (edited.getEmail() != null) {
            people.findByEmailIgnoreCase(edited.getEmail())
                    .filter(other -> !other.getId().equals(edited.getId()))
                    .ifPresent(other -> {
                        throw new RuleViolationException("Another person, " + other.getFullName() + ", has the e-mail " + edited.getEmail());
                    });
        }
        if (edited.getUsername() != null) {
            people.findByUsername(edited.getUsername())
                    .filter(other -> !other.getId().equals(edited.getId()))
                    .ifPresent(other -> {
                        throw new RuleViolationException("The account " + edited.getUsername() + " is already linked to " + other.getFullName());
                    });
        }
        if (edited.getId() == null) {
            return people.saveAndFlush(edited);
        }
        if (stored.getVersion() != edited.getVersion()) {
            throw new ConcurrentEditException(stored.getFullName() + "'s details");
        }
        stored.setFullName(edited.getFullName());
        stored.setLocalName(edited.getLocalName());
        stored.setCountry(edited.getCountry());
        stored.setOrganisation(edited.getOrganisation());
        stored.setAgencyType(edited.getAgencyType());
        stored.setJobTitle(edited.getJobTitle());
        stored.setEmail(edited.getEmail());
        stored.setUsername(edited.getUsername());
        try {
            return people.saveAndFlush(stored);
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentEditException(stored.getFullName() + "'s details");
        }
    }

    /** The event's registrations; participants see only their own, organisers and analysts all. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Registration> registrations(long eventId) {
        access.viewable(eventId);
        List<Registration> all = registrations.findByEvent(eventId);
        if (access.seesEverything()) {
            return all;
        }
        return all.stream().filter(registration -> Objects.equals(registration.getPerson().getUsername(), access.username())).toList();
    }

    /** The person record linked to the signed-in user's account, if there is one (their country, agency, office). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<Person> myPerson() {
        String username = access.username();
        return username == null ? Optional.empty() : people.findByUsername(username);
    }

    /** The signed-in user's own registration for the event, if they have one. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<Registration> myRegistration(long eventId) {
        access.viewable(eventId);
        return registrations.findByEventIdAndPersonUsername(eventId, access.username());
    }

    /** Puts a person forward for the event; an organiser then approves or declines. */
    @PreAuthorize("hasAnyRole('ADMIN', 'ORGANISER')")
    @Transactional
    public Registration nominate(long eventId, long personId, EventRole role, String nominatedBy) {
        access.editable(eventId);
        Person person = people.findById(personId).orElseThrow(() -> new NotFoundException("Person " + personId));
        if (registrations.existsByEventIdAndPersonId(eventId, personId)) {
            throw new RuleViolationException(person.getFullName() + " is already registered for this event");
        }
        Registration registration = new Registration(eventId, person, role, Instant.now(clock));
        registration.setNominatedBy(Text.blankToNull(nominatedBy));
        try {
            return registrations.saveAndFlush(registration);
        } catch (DataIntegrityViolationException e) {
            throw new RuleViolationException(person.getFullName() + " is already registered for this event");
        }
    }

    /** Confirms the registration if there is a place for it, else puts it at the end of the waitlist. */
    @PreAuthorize("hasAnyRole('ADMIN', 'ORGANISER')")
    @Transactional
    public Registration approve(long registrationId) {
        Registration registration = editableRegistration(registrationId);
        WorkshopEvent event = lockEvent(registration.getEventId());
        if (registration.getStatus() == RegistrationStatus.CONFIRMED || registration.getStatus() == RegistrationStatus.WAITLISTED) {
            return registration;
        }
        if (!registration.takesPlace() || waitlist.hasRoom(event)) {
            registration.setStatus(RegistrationStatus.CONFIRMED);
            registration.setQueuedAt(null);
        } else {
            registration.setStatus(RegistrationStatus.WAITLISTED);
            registration.setQueuedAt(Instant.now(clock));
        }
        return registrations.saveAndFlush(registration);
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'ORGANISER')")
    @Transactional
    public Registration decline(long registrationId) {
        Registration registration = editableRegistration(registrationId);
        return release(registration, RegistrationStatus.DECLINED, registration.getNote());
    }

    /** The person will not come after all. Organisers can record it, and so can the person themself. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public Registration withdraw(long registrationId) {
        Registration registration = ownOrEditableRegistration(registrationId);
        return release(registration, RegistrationStatus.WITHDRAWN, registration.getNote());
    }

    /** Apologies in advance: the person cannot attend; their place goes to the waitlist. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public Registration sendApologies(long registrationId, String note) {
        Registration registration = ownOrEditableRegistration(registrationId);
        if (note != null && note.length() > Registration.NOTE_MAX) {
            throw new RuleViolationException("The note can have at most " + Registration.NOTE_MAX + " characters");
        }
        return release(registration, RegistrationStatus.APOLOGIES, Text.blankToNull(note));
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'ORGANISER')")
    @Transactional
    public Registration changeRole(long registrationId, EventRole role) {
        Registration registration = editableRegistration(registrationId);
        WorkshopEvent event = lockEvent(registration.getEventId());
        boolean tookPlace = registration.takesPlace();
        registration.setRole(role);
        if (registration.getStatus() == RegistrationStatus.CONFIRMED && !tookPlace && registration.takesPlace() && !waitlistHasRoomIncluding(event)) {
            throw new RuleViolationException("The event is full; this person cannot become a participant now");
        }
        if (registration.getStatus() == RegistrationStatus.WAITLISTED && !registration.takesPlace()) {
            // resource persons and organisers need no place: they leave the waitlist confirmed
            registration.setStatus(RegistrationStatus.CONFIRMED);
            registration.setQueuedAt(null);
        }
        registrations.saveAndFlush(registration);
        if (tookPlace && !registration.takesPlace()) {
            waitlist.promote(event);
        }
        return registration;
    }

    /**
     * Imports a participant list. Every line is checked first; if any line is wrong, nothing is imported and the
     * report lists each wrong line. People are matched to existing ones by e-mail; organisations by name.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'ORGANISER')")
    @Transactional
    public ImportReport importCsv(long eventId, Reader csv, boolean confirm) {
        access.editable(eventId);
        ParticipantCsv.Parsed parsed = ParticipantCsv.parse(csv);
        List<ImportReport.RowProblem> errors = new ArrayList<>(parsed.errors());
        List<ImportReport.RowProblem> skipped = new ArrayList<>();
        Map<String, Integer> emailsSeen = new HashMap<>();
        for (ParticipantCsv.Row row : parsed.rows()) {
            if (row.email() != null) {
                Integer earlier = emailsSeen.putIfAbsent(row.email(), row.line());
                if (earlier != null) {
                    errors.add(new ImportReport.RowProblem(row.line(), "the e-mail " + row.email() + " is also on line " + earlier));
                }
            }
        }
        if (parsed.rows().isEmpty() && errors.isEmpty()) {
            errors.add(new ImportReport.RowProblem(0, "The file has no participant lines"));
        }
        if (!errors.isEmpty()) {
            errors.sort(java.util.Comparator.comparingInt(ImportReport.RowProblem::line));
            return new ImportReport(parsed.rows().size() + parsed.errors().size(), 0, errors, List.of());
        }
        int imported = 0;
        Set<Long> registeredNow = new HashSet<>();
        Set<String> namesRegistered = new HashSet<>();
        registrations.findByEvent(eventId).forEach(registration -> namesRegistered.add(nameKey(registration.getPerson())));
        for (ParticipantCsv.Row row : parsed.rows()) {
            // with no e-mail to match by, someone of the same name and country registered already is the same person
            if (row.email() == null && namesRegistered.contains(nameKey(row.fullName(), row.country()))) {
                skipped.add(new ImportReport.RowProblem(row.line(), row.fullName() + " is already registered"));
                continue;
            }
            Person person = matchOrCreate(row);
            if (registeredNow.contains(person.getId()) || registrations.existsByEventIdAndPersonId(eventId, person.getId())) {
                skipped.add(new ImportReport.RowProblem(row.line(), person.getFullName() + " is already registered"));
                continue;
            }
            Registration registration = new Registration(eventId, person, row.role(), Instant.now(clock));
            registration.setNominatedBy(row.nominatedBy());
            registrations.saveAndFlush(registration);
            registeredNow.add(person.getId());
            namesRegistered.add(nameKey(person));
            if (confirm) {
                approve(registration.getId());
            }
            imported++;
        }
        return new ImportReport(parsed.rows().size(), imported, List.of(), skipped);
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'ORGANISER', 'ANALYST')")
    @Transactional(readOnly = true)
    public String exportCsv(long eventId) {
        access.viewable(eventId);
        return ParticipantCsv.write(registrations.findByEvent(eventId));
    }

    private static String nameKey(Person person) {
        return nameKey(person.getFullName(), person.getCountry());
    }

    private static String nameKey(String fullName, CountryCode country) {
        return fullName.strip().toLowerCase(Locale.ROOT) + "|" + country.value();
    }

    /** The person with the row's user account, else with its e-mail, else a new one. */
    private Person matchOrCreate(ParticipantCsv.Row row) {
        Optional<Person> existing = row.username() == null ? Optional.empty() : people.findByUsername(row.username());
        if (existing.isEmpty() && row.email() != null) {
            existing = people.findByEmailIgnoreCase(row.email());
        }
        if (existing.isPresent()) {
            return existing.get();
        }
        Organisation organisation = row.organisation() == null ? null
                : organisations.findByNameIgnoreCase(row.organisation())
                .or(() -> organisations.findFirstByAcronymIgnoreCase(row.organisation()))
                .orElseGet(() -> organisations.saveAndFlush(new Organisation(row.organisation(), null, row.country())));
        Person person = new Person(row.fullName(), row.country(), row.agencyType(), organisation);
        person.setLocalName(row.localName());
        person.setJobTitle(row.jobTitle());
        person.setEmail(row.email());
        person.setUsername(row.username());
        return people.saveAndFlush(person);
    }

    private Registration release(Registration registration, RegistrationStatus newStatus, String note) {
        WorkshopEvent event = lockEvent(registration.getEventId());
        boolean heldPlace = registration.getStatus() == RegistrationStatus.CONFIRMED && registration.takesPlace();
        registration.setStatus(newStatus);
        registration.setQueuedAt(null);
        registration.setNote(note);
        try {
            registrations.saveAndFlush(registration);
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentEditException("The registration");
        }
        if (heldPlace) {
            waitlist.promote(event);
        }
        return registration;
    }

    private boolean waitlistHasRoomIncluding(WorkshopEvent event) {
        // the registration being changed is already counted by the flush-on-query of the repository
        return event.getCapacity() == null || registrations.countPlacesTaken(event.getId()) <= event.getCapacity();
    }

    private WorkshopEvent lockEvent(Long eventId) {
        return events.lockById(eventId).orElseThrow(() -> new NotFoundException("Event " + eventId));
    }

    private Registration editableRegistration(long registrationId) {
        Registration registration = registrations.findById(registrationId)
                .orElseThrow(() -> new NotFoundException("Registration " + registrationId));
        access.editable(registration.getEventId());
        return registration;
    }

    private Registration ownOrEditableRegistration(long registrationId) {
        Registration registration = registrations.findById(registrationId)
                .orElseThrow(() -> new NotFoundException("Registration " + registrationId));
        WorkshopEvent event = access.viewable(registration.getEventId());
        boolean own = Objects.equals(registration.getPerson().getUsername(), access.username());
        if (!own && !access.canEdit(event)) {
            throw new AccessDeniedException("Only the organisers or the person registered can do that");
        }
        return registration;
    }

    private void requireOrganiserOfAnEventOf(Person person) {
        List<Long> eventIds = registrations.findByPersonId(person.getId()).stream().map(Registration::getEventId).distinct().toList();
        if (!eventIds.isEmpty() && events.findAllById(eventIds).stream().noneMatch(access::canEdit)) {
            throw new AccessDeniedException("Only the organisers of an event " + person.getFullName()
                    + " is registered for can change their details");
        }
    }

    /** E-mail addresses and user names are compared without case. */
    private static String lowerCaseOrNull(String value) {
        String text = Text.blankToNull(value);
        return text == null ? null : text.toLowerCase(Locale.ROOT);
    }
}
