package org.greenborder.academy.demo;

import java.time.Clock;
import java.time.Instant;
import org.greenborder.academy.security.NewAccount;
import org.greenborder.academy.security.SystemIdentity;
import org.greenborder.academy.security.UserAccountService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads each demo data set once, in its own transaction together with the record that it was loaded, so a
 * crash half-way leaves nothing behind and a restart never duplicates anything.
 */
@Component
@Order(10)
class DemoDataLoader implements ApplicationRunner {

    static final String ACCOUNTS_SEED = "demo-accounts-v1";
    static final String WORKSHOPS_SEED = "demo-workshops-v1";

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final DemoProperties properties;
    private final DataSeedRepository seeds;
    private final UserAccountService accounts;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final SystemIdentity system;
    private final DemoWorkshops workshops;

    DemoDataLoader(DemoProperties properties, DataSeedRepository seeds, UserAccountService accounts,
                   TransactionTemplate transaction, Clock clock, SystemIdentity system, DemoWorkshops workshops) {
        this.system = system;
        this.workshops = workshops;
        this.properties = properties;
        this.seeds = seeds;
        this.accounts = accounts;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.enabled()) {
            return;
        }
        system.run(() -> seed(ACCOUNTS_SEED, this::loadAccounts));
        // after the accounts: the workshops link the demo organiser and trainee to their people
        system.run(() -> seed(WORKSHOPS_SEED, workshops::load));
    }

    private void loadAccounts() {
        for (NewAccount account : DemoAccounts.all()) {
            if (accounts.findByUsername(account.username()).isPresent()) {
                log.warn("Demo account '{}' not created: that user name is already in use", account.username());
            } else {
                accounts.create(account);
            }
        }
    }

    private void seed(String name, Runnable load) {
        transaction.executeWithoutResult(status -> {
            if (seeds.existsById(name)) {
                return;
            }
            load.run();
            seeds.save(new DataSeed(name, Instant.now(clock)));
            log.info("Loaded demo data '{}'", name);
        });
    }
}
