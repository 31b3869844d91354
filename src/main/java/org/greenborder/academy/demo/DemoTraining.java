package org.greenborder.academy.demo;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import org.greenborder.academy.scenario.ScenarioService;
import org.greenborder.academy.scenario.ScenarioSummary;
import org.greenborder.academy.scenario.SimulatedTrainee;
import org.greenborder.academy.security.NewAccount;
import org.greenborder.academy.security.Role;
import org.greenborder.academy.security.SystemIdentity;
import org.greenborder.academy.security.UserAccountService;
import org.greenborder.academy.workshop.EventFilter;
import org.greenborder.academy.workshop.EventRole;
import org.greenborder.academy.workshop.Registration;
import org.greenborder.academy.workshop.WorkshopService;
import org.greenborder.academy.workshop.ParticipantService;
import org.greenborder.academy.workshop.Person;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo training history, after the scenarios are loaded: the demo trainee's own attempts, and attempts by the
 * customs and environment officers who took part in the 2014 Lao PDR workshop, so the results page and the
 * dashboards show figures by country and kind of agency. Every attempt is played move by move through the real
 * rules ({@link SimulatedTrainee}), with fixed seeds and skills, so the figures are the same on every fresh
 * start. The delegates' accounts get random passwords: only the four demo logins of the README can sign in.
 */
@Component
@Order(50)
class DemoTraining implements ApplicationRunner {

    static final String TRAINING_SEED = "demo-training-v1";

    private static final Logger log = LoggerFactory.getLogger(DemoTraining.class);

    private final DemoProperties properties;
    private final DataSeedRepository seeds;
    private final UserAccountService accounts;
    private final ParticipantService participants;
    private final WorkshopService workshops;
    private final ScenarioService scenarios;
    private final SimulatedTrainee simulated;
    private final SystemIdentity system;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoTraining(DemoProperties properties, DataSeedRepository seeds, UserAccountService accounts, ParticipantService participants,
                 WorkshopService workshops, ScenarioService scenarios,
                 SimulatedTrainee simulated, SystemIdentity system,
                 TransactionTemplate transaction, Clock clock) {
        this.properties = properties;
        this.seeds = seeds;
        this.accounts = accounts;
        this.participants = participants;
        this.workshops = workshops;
        this.scenarios = scenarios;
        this.simulated = simulated;
        this.system = system;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.enabled() || seeds.existsById(TRAINING_SEED)) {
            return;
        }
        List<String> catalogue = system.call(scenarios::catalogue).stream().map(ScenarioSummary::id).sorted().toList();
        if (catalogue.isEmpty()) {
            log.warn("No scenarios on offer: demo training history not loaded");
            return;
        }
        // one transaction for all of it, with the seed record: a failure leaves nothing half-loaded, and the
        // application starts without the demo history rather than not at all
        try {
            load(catalogue);
        } catch (RuntimeException e) {
            log.warn("Demo data '{}' not loaded: {}", TRAINING_SEED, e.toString());
        }
    }

    private void load(List<String> catalogue) {
        transaction.executeWithoutResult(status -> {
            List<String> delegates = system.call(this::delegateAccounts);
            java.util.SplittableRandom skills = new java.util.SplittableRandom(2014L);
            long seed = 2014_04_01L;
            for (String delegate : delegates) {
                double skill = 0.3 + 0.6 * skills.nextDouble();
                for (int round = 0; round < 2; round++) {
                    for (int i = round; i < catalogue.size(); i += 3) {
                        String scenario = catalogue.get((i + delegate.length()) % catalogue.size());
                        double thisSkill = Math.min(1, skill + 0.1 * round);
                        long attemptSeed = seed++;
                        system.callAs(delegate, Role.TRAINEE, () -> simulated.play(scenario, attemptSeed, thisSkill));
                    }
                }
            }
            // the demo trainee: a few scenarios done, one passed well, one failed, one left open to continue
            system.callAs("trainee", Role.TRAINEE, () -> simulated.play("hcfc22-declared-as-hfc134a", 77L, 0.9));
            system.callAs("trainee", Role.TRAINEE, () -> simulated.play("container-check-digit-wrong", 78L, 0.3));
            system.callAs("trainee", Role.TRAINEE, () -> simulated.play("clean-legitimate-refrigerant-shipment", 79L, 0.8));
            system.callAs("trainee", Role.TRAINEE, () -> scenarios.start("ewaste-declared-as-used-goods-2025", 80L));
            seeds.save(new DataSeed(TRAINING_SEED, Instant.now(clock)));
        });
        log.info("Loaded demo data '{}'", TRAINING_SEED);
    }

    /**
     * Accounts for the delegates of the 2014 Lao PDR workshop (all but the demo trainee, who has one), linked to
     * their workshop person records: their country, office and kind of agency come from there.
     */
    private List<String> delegateAccounts() {
        long eventId = workshops.list(EventFilter.ANY).stream().filter(event -> event.title().equals(DemoWorkshops.LAO_WORKSHOP))
                .findFirst().orElseThrow(() -> new IllegalStateException("the demo workshop of 2014 is missing")).id();
        List<String> usernames = new java.util.ArrayList<>();
        int number = 0;
        for (Registration registration : participants.registrations(eventId)) {
            Person person = registration.getPerson();
            if (registration.getRole() != EventRole.PARTICIPANT || person.getUsername() != null || person.getCountry() == null) {
                continue;
            }
            String username = "lao2014." + person.getCountry().value().toLowerCase(java.util.Locale.ROOT) + "." + (++number);
            if (accounts.findByUsername(username).isPresent()) {
                continue;
            }
            accounts.create(new NewAccount(username, person.getFullName(), null,
                    person.getOrganisation() == null ? null : person.getOrganisation().getName(), person.getCountry(),
                    EnumSet.of(Role.TRAINEE), randomPassword()));
            person.setUsername(username);
            participants.savePerson(person);
            usernames.add(username);
        }
        return usernames;
    }

    private static String randomPassword() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes) + "Aa1!";
    }
}
