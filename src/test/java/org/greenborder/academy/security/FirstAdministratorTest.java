package org.greenborder.academy.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;

class FirstAdministratorTest {

    @Nested
    @SpringBootTest(properties = {
            "gba.demo-data.enabled=false",
            "gba.admin.username=Chief.Admin",
            "gba.admin.password=a strong first password",
            "gba.admin.full-name=Operations Lead"})
    class WithoutDemoDataButWithTheEnvironment {

        @Autowired
        UserAccountRepository accounts;
        @Autowired
        PasswordEncoder passwordEncoder;

        @Test
        void theFirstAdministratorComesFromTheEnvironmentAndNoDemoLoginExists() {
            UserAccount chief = accounts.findByUsername("chief.admin").orElseThrow();
            assertThat(chief.getRoles()).containsExactly(Role.ADMIN);
            assertThat(chief.getFullName()).isEqualTo("Operations Lead");
            assertThat(passwordEncoder.matches("a strong first password", chief.getPasswordHash())).isTrue();
            assertThat(accounts.count()).isEqualTo(1);
            assertThat(accounts.findByUsername("admin")).isEmpty();
        }
    }

    @Nested
    @SpringBootTest(properties = "gba.demo-data.enabled=false")
    class WithoutDemoDataOrEnvironment {

        @Autowired
        UserAccountRepository accounts;

        @Test
        void thereIsNoAccountAndNoDefaultPassword() {
            assertThat(accounts.count()).isZero();
        }
    }
}
