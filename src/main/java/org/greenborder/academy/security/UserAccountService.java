package org.greenborder.academy.security;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.greenborder.academy.audit.AuditAction;
import org.greenborder.academy.audit.Audited;
import org.greenborder.academy.shared.ConcurrentEditException;
import org.greenborder.academy.shared.NotFoundException;
import org.greenborder.academy.shared.RuleViolationException;
import org.greenborder.academy.shared.Text;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** User accounts: the administrators' directory and each user's own password. */
@Service
public class UserAccountService {

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final ActiveSessions sessions;

    UserAccountService(UserAccountRepository accounts, PasswordEncoder passwordEncoder, CurrentUser currentUser, Clock clock,
                       ApplicationEventPublisher events, ActiveSessions sessions) {
        this.sessions = sessions;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.clock = clock;
        this.events = events;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<UserAccount> search(String text) {
        return accounts.search(Text.containsPattern(text));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public UserAccount get(long id) {
        return load(id);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Optional<UserAccount> findByUsername(String username) {
        return accounts.findByUsername(normaliseUsername(username));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Map<Role, Long> enabledAccountsByRole() {
        Map<Role, Long> counts = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            counts.put(role, accounts.countEnabledWithRole(role));
        }
        return counts;
    }

    /** Names of the enabled accounts holding a role, e.g. for an organiser choosing co-organisers. */
    @PreAuthorize("hasAnyRole('ADMIN', 'ORGANISER')")
    @Transactional(readOnly = true)
    public List<AccountName> enabledAccountsWithRole(Role role) {
        return accounts.findEnabledWithRole(role).stream()
                .map(account -> new AccountName(account.getUsername(), account.getFullName()))
                .toList();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public UserAccount create(NewAccount request) {
        String username = normaliseUsername(request.username());
        if (accounts.existsByUsername(username)) {
            throw new RuleViolationException("The user name '" + username + "' is already taken");
        }
        UserAccount account = new UserAccount(username, request.fullName().strip(), request.roles());
        account.setEmail(Text.blankToNull(request.email()));
        account.setOrganisation(Text.blankToNull(request.organisation()));
        account.setCountry(request.country());
        setPassword(account, request.initialPassword());
        account.setPasswordChangeRequired(chosenByAnotherPerson());
        account.setCreatedAt(Instant.now(clock));
        UserAccount saved = accounts.saveAndFlush(account);
        events.publishEvent(Audited.of(AuditAction.ACCOUNT_CREATED, auditTarget(saved), "roles " + roleNames(saved.getRoles())
                + (saved.isEnabled() ? "" : ", disabled")));
        return saved;
    }

    /**
     * Saves an administrator's edit of a user's details, roles and status. Refuses an edit based on an outdated
     * copy, and any change that would leave the platform without an enabled administrator.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public UserAccount update(UserAccount edited) {
        if (edited.getId() == null) {
            throw new IllegalArgumentException("Use create() for new accounts");
        }
        UserAccount stored = load(edited.getId());
        if (stored.getVersion() != edited.getVersion()) {
            throw new ConcurrentEditException("User " + stored.getUsername());
        }
        boolean wasActiveAdmin = stored.isEnabled() && stored.hasRole(Role.ADMIN);
        boolean staysActiveAdmin = edited.isEnabled() && edited.getRoles().contains(Role.ADMIN);
        if (wasActiveAdmin && !staysActiveAdmin) {
            if (stored.getUsername().equals(currentUser.username())) {
                throw new RuleViolationException("You cannot remove your own administrator role or disable your own account");
            }
            if (accounts.countEnabledWithRole(Role.ADMIN) <= 1) {
                throw new RuleViolationException("At least one enabled administrator must remain");
            }
        }
        if (!normaliseUsername(edited.getUsername()).equals(stored.getUsername())) {
            // a user name is the identity in sessions and, later, in the audit trail
            throw new RuleViolationException("A user name cannot be changed; create a new account instead");
        }
        boolean accessNarrowed = stored.isEnabled() && !edited.isEnabled()
                || !edited.getRoles().containsAll(stored.getRoles());
        Set<Role> previousRoles = stored.getRoles();
        boolean previouslyEnabled = stored.isEnabled();
        String previousDetails = auditedDetails(stored);
        stored.setFullName(edited.getFullName().strip());
        stored.setEmail(Text.blankToNull(edited.getEmail()));
        stored.setOrganisation(Text.blankToNull(edited.getOrganisation()));
        stored.setCountry(edited.getCountry());
        stored.setRoles(edited.getRoles());
        stored.setEnabled(edited.isEnabled());
        try {
            UserAccount saved = accounts.saveAndFlush(stored);
            auditUpdate(saved, previousRoles, previouslyEnabled, previousDetails);
            if (accessNarrowed) {
                // what a session holds (roles) was decided at sign-in: end the sessions rather than trust it
                events.publishEvent(new ActiveSessions.AccountAccessChanged(saved.getUsername(),
                        saved.isEnabled() ? "roles removed" : "account disabled"));
            }
            return saved;
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentEditException("User " + stored.getUsername());
        }
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void resetPassword(long id, String newPassword) {
        UserAccount account = load(id);
        setPassword(account, newPassword);
        account.setPasswordChangeRequired(chosenByAnotherPerson());
        events.publishEvent(Audited.of(AuditAction.PASSWORD_RESET, auditTarget(account), null));
        events.publishEvent(new ActiveSessions.AccountAccessChanged(account.getUsername(), "password reset by an administrator"));
    }

    /** Signs the account out everywhere now, e.g. after a lost laptop; it can sign in again. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void endSessions(long id) {
        UserAccount account = load(id);
        events.publishEvent(Audited.of(AuditAction.SESSIONS_ENDED, auditTarget(account), null));
        events.publishEvent(new ActiveSessions.AccountAccessChanged(account.getUsername(), "ended by an administrator"));
    }

    /** The signed-in user's open sessions (this browser's among them), oldest first. */
    @PreAuthorize("isAuthenticated()")
    public List<SessionInfo> mySessions() {
        return sessions.sessionsOf(currentUser.username());
    }

    /**
     * The signed-in user signs out everywhere but here, after giving their password again (a session left open on a
     * venue computer cannot do this for an intruder).
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void endMyOtherSessions(String currentPassword) {
        UserAccount account = accounts.findByUsername(currentUser.username())
                .orElseThrow(() -> new NotFoundException("Your account"));
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            throw new IncorrectPasswordException();
        }
        events.publishEvent(Audited.of(AuditAction.SESSIONS_ENDED, auditTarget(account), "its owner ended the other sessions"));
        events.publishEvent(new ActiveSessions.AccountAccessChanged(account.getUsername(), "ended by its owner", true));
    }

    /** The signed-in user changes their own password; the current one must be given again. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void changeOwnPassword(String currentPassword, String newPassword) {
        UserAccount account = accounts.findByUsername(currentUser.username())
                .orElseThrow(() -> new NotFoundException("Your account"));
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            throw new IncorrectPasswordException();
        }
        setPassword(account, newPassword);
        account.setPasswordChangeRequired(false);
        events.publishEvent(Audited.of(AuditAction.PASSWORD_CHANGED, auditTarget(account), null));
        // a stolen session elsewhere must not outlive the new password; the one making the change stays open
        events.publishEvent(new ActiveSessions.AccountAccessChanged(account.getUsername(), "password changed by its owner",
                true));
    }

    private void auditUpdate(UserAccount saved, Set<Role> previousRoles, boolean previouslyEnabled, String previousDetails) {
        if (!previousRoles.equals(saved.getRoles())) {
            events.publishEvent(Audited.of(AuditAction.ROLES_CHANGED, auditTarget(saved),
                    roleNames(previousRoles) + " → " + roleNames(saved.getRoles())));
        }
        if (previouslyEnabled != saved.isEnabled()) {
            events.publishEvent(Audited.of(saved.isEnabled() ? AuditAction.ACCOUNT_ENABLED : AuditAction.ACCOUNT_DISABLED,
                    auditTarget(saved), null));
        }
        String details = auditedDetails(saved);
        if (!details.equals(previousDetails)) {
            events.publishEvent(Audited.of(AuditAction.ACCOUNT_UPDATED, auditTarget(saved), "was: " + previousDetails + "; now: " + details));
        }
    }

    static String auditTarget(UserAccount account) {
        return "user " + account.getUsername();
    }

    private static String auditedDetails(UserAccount account) {
        return String.join(" | ", account.getFullName(), Objects.toString(account.getEmail(), ""),
                Objects.toString(account.getOrganisation(), ""), account.getCountry() == null ? "" : account.getCountry().value());
    }

    private static String roleNames(Set<Role> roles) {
        return roles.stream().sorted().map(Role::label).collect(Collectors.joining(", ", "[", "]"));
    }

    /**
     * Whether the password being set was chosen by a person other than its owner: an administrator signed in with an
     * account. Start-up work (the first administrator from the environment, demo data) runs as no account.
     */
    private boolean chosenByAnotherPerson() {
        String caller = currentUser.username();
        return caller != null && accounts.findByUsername(caller).isPresent();
    }

    /** Whether the signed-in user must replace a password an administrator chose before doing anything else. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean mustChangeOwnPassword() {
        return currentUser.account().map(UserAccount::isPasswordChangeRequired).orElse(false);
    }

    private UserAccount load(long id) {
        return accounts.findById(id).orElseThrow(() -> new NotFoundException("User " + id));
    }

    /** Every way a password is set goes through the policy; only its hash is kept. */
    private void setPassword(UserAccount account, String password) {
        PasswordPolicy.problemFor(password, account).ifPresent(problem -> {
            throw new RuleViolationException(problem);
        });
        account.setPasswordHash(passwordEncoder.encode(password));
    }

    static String normaliseUsername(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
