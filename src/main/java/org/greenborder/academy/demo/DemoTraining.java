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
import org.greenborder.academy.shared.CountryCode;
import org.greenborder.academy.workshop.AgencyType;
import org.greenborder.academy.workshop.ParticipantService;
import org.greenborder.academy.workshop.Person;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo training history, after the scenarios are loaded: the demo trainee's own attempts, and attempts by
 * customs officers of the countries at the 2014 Lao PDR workshop, so the results page and the dashboards show
 * figures. Every attempt is played move by move through the real rules ({@link SimulatedTrainee}), with fixed
 * seeds and skills, so the figures are the same on every fresh start. The officers' accounts get random
 * passwords: only the four demo logins of the README can sign in.
 */
@Component
@Order(50)
class DemoTraining implements ApplicationRunner {

    static final String TRAINING_SEED = "demo-training-v1";

    private static final Logger log = LoggerFactory.getLogger(DemoTraining.class);

    /** Officers from the countries of the 2014 workshop (invented people, real kinds of office). */
    private record Officer(String username, String name, String country, String office, double skill) {
    }

    private static final List<Officer> OFFICERS = List.of(
            new Officer("demo.kh.customs", "Vannak Sok", "KH", "General Department of Customs and Excise, Cambodia", 0.55),
            new Officer("demo.id.customs", "Dewi Lestari", "ID", "Directorate General of Customs and Excise, Indonesia", 0.75),
            new Officer("demo.my.customs", "Aminah Binti Rahman", "MY", "Royal Malaysian Customs Department", 0.8),
            new Officer("demo.mm.customs", "Thura Win", "MM", "Myanmar Customs Department", 0.45),
            new Officer("demo.ph.customs", "Ramon Dela Cruz", "PH", "Bureau of Customs, Philippines", 0.65),
            new Officer("demo.th.customs", "Pornthip Saelim", "TH", "Thai Customs Department", 0.7),
            new Officer("demo.vn.customs", "Nguyen Thi Lan", "VN", "General Department of Viet Nam Customs", 0.6),
            new Officer("demo.tl.customs", "Joao da Costa", "TL", "Customs Authority of Timor-Leste", 0.35));

    private final DemoProperties properties;
    private final DataSeedRepository seeds;
    private final UserAccountService accounts;
    private final ParticipantService participants;
    private final ScenarioService scenarios;
    private final SimulatedTrainee simulated;
    private final SystemIdentity system;
    private final SecurityContextHolderStrategy contextHolder;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoTraining(DemoProperties properties, DataSeedRepository seeds, UserAccountService accounts, ParticipantService participants,
                 ScenarioService scenarios,
                 SimulatedTrainee simulated, SystemIdentity system, SecurityContextHolderStrategy contextHolder,
                 TransactionTemplate transaction, Clock clock) {
        this.properties = properties;
        this.seeds = seeds;
        this.accounts = accounts;
        this.participants = participants;
        this.scenarios = scenarios;
        this.simulated = simulated;
        this.system = system;
        this.contextHolder = contextHolder;
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
            system.run(() -> OFFICERS.forEach(officer -> {
                if (accounts.findByUsername(officer.username()).isEmpty()) {
                    accounts.create(new NewAccount(officer.username(), officer.name(), officer.username() + "@example.org",
                            officer.office(), CountryCode.of(officer.country()), EnumSet.of(Role.TRAINEE), randomPassword()));
                    // the workshop person behind the account: results compare agencies through it
                    Person person = new Person(officer.name(), CountryCode.of(officer.country()), AgencyType.CUSTOMS, null);
                    person.setUsername(officer.username());
                    person.setEmail(officer.username() + "@example.org");
                    participants.savePerson(person);
                }
            }));
            long seed = 2014_04_01L;
            for (int round = 0; round < 2; round++) {
                for (Officer officer : OFFICERS) {
                    for (int i = 0; i < catalogue.size(); i += 2) {
                        String scenario = catalogue.get((i + round + officer.username().length()) % catalogue.size());
                        double skill = Math.min(1, officer.skill() + 0.1 * round);
                        long attemptSeed = seed++;
                        as(officer.username(), () -> simulated.play(scenario, attemptSeed, skill));
                    }
                }
            }
            // the demo trainee: a few scenarios done, one passed well, one failed, one left open to continue
            as("trainee", () -> simulated.play("hcfc22-declared-as-hfc134a", 77L, 0.9));
            as("trainee", () -> simulated.play("container-check-digit-wrong", 78L, 0.3));
            as("trainee", () -> simulated.play("clean-legitimate-refrigerant-shipment", 79L, 0.8));
            as("trainee", () -> scenarios.start("ewaste-declared-as-used-goods-2025", 80L));
            seeds.save(new DataSeed(TRAINING_SEED, Instant.now(clock)));
        });
        log.info("Loaded demo data '{}'", TRAINING_SEED);
    }

    private void as(String username, Runnable work) {
        SecurityContext previous = contextHolder.getContext();
        SecurityContext context = contextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
                List.of(new SimpleGrantedAuthority(Role.TRAINEE.authority()))));
        contextHolder.setContext(context);
        try {
            work.run();
        } finally {
            contextHolder.setContext(previous);
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes) + "Aa1!";
    }
}
