package org.greenborder.academy.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.greenborder.academy.shared.ConcurrentEditException;
import org.greenborder.academy.shared.CountryCode;
import org.greenborder.academy.shared.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.test.context.support.WithUserDetails;

@SpringBootTest
class UserAccountServiceTest {

    @Autowired
    UserAccountService service;
    @Autowired
    UserAccountRepository repository;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    SystemIdentity system;
    @Autowired
    SecurityContextHolderStrategy contextHolder;

    private static String uniqueName(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private NewAccount account(String username, Role... roles) {
        return new NewAccount(username, "Test Person", null, "Cambodia General Department of Customs and Excise",
                CountryCode.of("KH"), EnumSet.of(roles[0], roles), "a long enough password");
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void createsAnAccountWithAHashedPasswordAndNormalisedUserName() {
        String name = uniqueName("Sok");
        UserAccount created = service.create(account(name, Role.TRAINEE));

        UserAccount stored = repository.findById(created.getId()).orElseThrow();
        assertThat(stored.getUsername()).isEqualTo(name.toLowerCase());
        assertThat(stored.getPasswordHash()).startsWith("{argon2@SpringSecurity_v5_8}").doesNotContain("a long enough password");
        assertThat(passwordEncoder.matches("a long enough password", stored.getPasswordHash())).isTrue();
        assertThat(stored.getRoles()).containsExactly(Role.TRAINEE);
        assertThat(stored.getCountry()).isEqualTo(CountryCode.of("KH"));
        assertThat(stored.getCreatedAt()).isNotNull();
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void refusesAPasswordMadeOfTheUsersOwnNameOrThePlatformsName() {
        String name = uniqueName("sokha");
        assertThatThrownBy(() -> service.create(new NewAccount(name, "Chan Sokhanary", "sokhanary@customs.gov.kh", null,
                CountryCode.of("KH"), EnumSet.of(Role.TRAINEE), "Sokhanary from Phnom Penh")))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("sokhanary");
        UserAccount created = service.create(account(name, Role.TRAINEE));
        assertThatThrownBy(() -> service.resetPassword(created.getId(), "Green Border rocks"))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("greenborder");
    }

    @Test
    void aPasswordAnAdministratorChoseMustBeReplacedByItsOwnerButStartUpAccountsNeedNot() {
        String byStartUp = uniqueName("boot");
        system.run(() -> service.create(account(byStartUp, Role.TRAINEE)));
        assertThat(repository.findByUsername(byStartUp).orElseThrow().isPasswordChangeRequired()).isFalse();

        String byAdmin = uniqueName("made");
        UserAccount made = system.callAs("admin", Role.ADMIN, () -> service.create(account(byAdmin, Role.TRAINEE)));
        assertThat(repository.findByUsername(byAdmin).orElseThrow().isPasswordChangeRequired()).isTrue();
        assertThat(system.callAs(byAdmin, Role.TRAINEE, () -> service.mustChangeOwnPassword())).isTrue();

        system.callAs(byAdmin, Role.TRAINEE, () -> {
            service.changeOwnPassword("a long enough password", "a password of my own");
            return null;
        });
        assertThat(repository.findByUsername(byAdmin).orElseThrow().isPasswordChangeRequired()).isFalse();

        system.callAs("admin", Role.ADMIN, () -> {
            service.resetPassword(made.getId(), "reset by the admin desk");
            return null;
        });
        assertThat(repository.findByUsername(byAdmin).orElseThrow().isPasswordChangeRequired()).isTrue();
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void refusesADuplicateUserNameWhateverItsCase() {
        String name = uniqueName("dara");
        service.create(account(name, Role.TRAINEE));
        assertThatThrownBy(() -> service.create(account(name.toUpperCase(), Role.ORGANISER)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("already taken");
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void refusesAWeakInitialPassword() {
        NewAccount weak = new NewAccount(uniqueName("weak"), "Weak", null, null, null, EnumSet.of(Role.TRAINEE), "short");
        assertThatThrownBy(() -> service.create(weak)).isInstanceOf(RuleViolationException.class);
        assertThat(repository.existsByUsername(weak.username())).isFalse();
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void refusesAnEditMadeOnAnOutdatedCopy() {
        UserAccount created = service.create(account(uniqueName("vanna"), Role.TRAINEE));
        UserAccount firstCopy = service.get(created.getId());
        UserAccount secondCopy = service.get(created.getId());

        firstCopy.setFullName("Vanna Chea");
        service.update(firstCopy);
        secondCopy.setFullName("Someone Else");

        assertThatThrownBy(() -> service.update(secondCopy)).isInstanceOf(ConcurrentEditException.class);
        assertThat(service.get(created.getId()).getFullName()).isEqualTo("Vanna Chea");
    }

    @Test
    @WithUserDetails("admin")
    void anAdministratorCannotLockThemselvesOut() {
        UserAccount me = service.findByUsername("admin").orElseThrow();
        me.setEnabled(false);
        assertThatThrownBy(() -> service.update(me)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("your own");
        assertThat(service.findByUsername("admin").orElseThrow().isEnabled()).isTrue();
    }

    @Test
    @WithMockUser(roles = "TRAINEE")
    void aTraineeCannotUseTheAdministratorsDirectory() {
        assertThatThrownBy(() -> service.search(null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.get(1L)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.create(account(uniqueName("x"), Role.ADMIN))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.resetPassword(1L, "whatever1234")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void nobodySignedInCannotChangeAPassword() {
        assertThatThrownBy(() -> service.changeOwnPassword("ozone-layer-1987", "another password"))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void aUserChangesTheirOwnPasswordOnlyWithTheCurrentOne() {
        String name = uniqueName("nita");
        system.run(() -> service.create(account(name, Role.TRAINEE)));
        runAs(name, () -> {
            assertThatThrownBy(() -> service.changeOwnPassword("not my password", "a brand new passphrase"))
                    .isInstanceOf(IncorrectPasswordException.class);
            service.changeOwnPassword("a long enough password", "a brand new passphrase");
        });
        String hash = repository.findByUsername(name).orElseThrow().getPasswordHash();
        assertThat(passwordEncoder.matches("a brand new passphrase", hash)).isTrue();
    }

    private void runAs(String username, Runnable work) {
        var context = contextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null, List.of(new SimpleGrantedAuthority(Role.TRAINEE.authority()))));
        var previous = contextHolder.getContext();
        contextHolder.setContext(context);
        try {
            work.run();
        } finally {
            contextHolder.setContext(previous);
        }
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void aUserNameCannotBeChanged() {
        UserAccount created = service.create(account(uniqueName("rename"), Role.TRAINEE));
        UserAccount edited = service.get(created.getId());
        edited.setUsername("someone-else");
        assertThatThrownBy(() -> service.update(edited)).isInstanceOf(RuleViolationException.class);
        assertThat(service.get(created.getId()).getUsername()).isEqualTo(created.getUsername());
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void searchTreatsWildcardCharactersLiterally() {
        service.create(account(uniqueName("wild"), Role.TRAINEE));
        assertThat(service.search("%")).isEmpty();
        assertThat(service.search("_")).isEmpty();
        assertThat(service.search("Cambodia General")).isNotEmpty();
    }
}
