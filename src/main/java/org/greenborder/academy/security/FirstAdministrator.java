package org.greenborder.academy.security;

import java.util.EnumSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * There are no default passwords outside the demo data: an installation's first administrator comes from the
 * environment, and only while no enabled administrator exists.
 */
@Component
@Order(20)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final UserAccountRepository accounts;
    private final UserAccountService service;
    private final AdminBootstrapProperties properties;
    private final SystemIdentity system;

    FirstAdministrator(UserAccountRepository accounts, UserAccountService service, AdminBootstrapProperties properties,
                       SystemIdentity system) {
        this.accounts = accounts;
        this.service = service;
        this.properties = properties;
        this.system = system;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.countEnabledWithRole(Role.ADMIN) > 0) {
            return;
        }
        if (!properties.isComplete()) {
            log.warn("No enabled administrator exists. Set GBA_ADMIN_USERNAME and GBA_ADMIN_PASSWORD "
                    + "(at least {} characters) and restart to create one.", PasswordPolicy.MIN_LENGTH);
            return;
        }
        String username = UserAccountService.normaliseUsername(properties.username());
        PasswordPolicy.problem(properties.password(), username).ifPresent(problem -> {
            throw new IllegalStateException("GBA_ADMIN_PASSWORD is not acceptable: " + problem);
        });
        if (accounts.existsByUsername(username)) {
            throw new IllegalStateException("GBA_ADMIN_USERNAME '" + username
                    + "' belongs to an existing account that is not an enabled administrator; choose another name");
        }
        String fullName = properties.fullName() == null || properties.fullName().isBlank() ? "Administrator" : properties.fullName();
        system.run(() -> service.create(new NewAccount(username, fullName, null, null, null,
                EnumSet.of(Role.ADMIN), properties.password())));
        log.info("Created the first administrator '{}' from the environment.", username);
    }
}
