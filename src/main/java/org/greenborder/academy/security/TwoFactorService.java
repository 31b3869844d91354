package org.greenborder.academy.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import org.greenborder.academy.audit.AuditAction;
import org.greenborder.academy.audit.Audited;
import org.greenborder.academy.shared.NotFoundException;
import org.greenborder.academy.shared.QrCode;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The second sign-in factor: an authenticator app's time-based codes (TOTP) for administrators, organisers and
 * analysts ({@link TwoFactorPolicy}). After the password, the session holds only a {@link PendingSignIn}; this
 * service sets up the app the first time, checks the code, and only then signs the user in. Every code works once,
 * wrong codes are throttled like wrong passwords, and an administrator can reset a lost phone.
 * <p>
 * The pending steps take no user or id from the caller: they act on the pending sign-in of the caller's own
 * session, which only a correct password puts there.
 */
@Service
public class TwoFactorService {

    /** An authenticator app being set up: what the page shows. */
    public record NewAuthenticator(String groupedSecret, String uri, byte[] qrPng) {
    }

    /** The pending sign-in of this session, for the page. */
    public record Pending(String username, boolean enrolled) {
    }

    static final String THROTTLE_PREFIX = "second-factor:";

    private final UserAccountRepository accounts;
    private final AccountUserDetailsService userDetails;
    private final LoginThrottle throttle;
    private final SecurityContextHolderStrategy contextHolder;
    private final ApplicationEventPublisher events;
    private final CurrentUser currentUser;
    private final Clock clock;

    TwoFactorService(UserAccountRepository accounts, AccountUserDetailsService userDetails, LoginThrottle throttle,
                     SecurityContextHolderStrategy contextHolder, ApplicationEventPublisher events, CurrentUser currentUser,
                     Clock clock) {
        this.accounts = accounts;
        this.userDetails = userDetails;
        this.throttle = throttle;
        this.contextHolder = contextHolder;
        this.events = events;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The sign-in waiting for its second factor in this session, if any (and not expired). */
    @Transactional(readOnly = true)
    public Optional<Pending> pending() {
        return pendingSignIn().flatMap(pending -> accounts.findByUsername(pending.username())
                .map(account -> new Pending(account.getUsername(), account.getTotpSecret() != null)));
    }

    /**
     * A new secret for the pending user's app, kept in the session until confirmed. Asking again (a reload) gives
     * the same one.
     */
    @Transactional(readOnly = true)
    public NewAuthenticator startEnrolment() {
        PendingSignIn pending = requirePending();
        UserAccount account = account(pending);
        if (account.getTotpSecret() != null) {
            throw new SecondFactorException("Your authenticator app is already set up: type the code it shows.", false);
        }
        String secret = pending.newSecret();
        if (secret == null) {
            secret = Totp.newSecret();
            session().setAttribute(PendingSignIn.ATTRIBUTE, pending.withNewSecret(secret));
        }
        String uri = Totp.uri(secret, account.getUsername());
        return new NewAuthenticator(Totp.grouped(secret), uri, QrCode.png(uri, 240));
    }

    /** The first code from the newly set-up app: stores the secret and signs the user in. */
    @Transactional(noRollbackFor = SecondFactorException.class)
    public void confirmEnrolment(String code) {
        PendingSignIn pending = requirePending();
        String address = clientAddress();
        refuseWhileThrottled(pending.username(), address);
        if (pending.newSecret() == null) {
            throw new SecondFactorException("Set up your authenticator app first.", false);
        }
        OptionalLong step = Totp.matchingStep(pending.newSecret(), code, clock.instant(), null);
        if (step.isEmpty()) {
            wrongCode(pending.username(), address, "first code when setting up the app");
        }
        if (accounts.enrolTotp(pending.username(), pending.newSecret(), step.getAsLong(), clock.instant()) != 1) {
            throw new SecondFactorException("Your authenticator app was already set up from another window: type the code it shows.", false);
        }
        events.publishEvent(Audited.by(pending.username(), AuditAction.SECOND_FACTOR_ENROLLED, "user " + pending.username(), null));
        signIn(pending, "authenticator app set up");
    }

    /** A code from the user's app: signs them in. */
    @Transactional(noRollbackFor = SecondFactorException.class)
    public void verify(String code) {
        PendingSignIn pending = requirePending();
        String address = clientAddress();
        refuseWhileThrottled(pending.username(), address);
        UserAccount account = account(pending);
        if (account.getTotpSecret() == null) {
            throw new SecondFactorException("Set up your authenticator app first.", false);
        }
        if (!takeStep(account, code)) {
            wrongCode(pending.username(), address, "authenticator code");
        }
        signIn(pending, "authenticator code");
    }

    /**
     * Checks the code an API call sends with its password ({@code X-OTP}); false when it is missing, wrong or already
     * used, or the account has no app set up. Failures count towards the same throttle as sign-ins.
     */
    @Transactional
    boolean verifyForApi(String username, String code, String address) {
        if (!throttle.waitBeforeNextAttempt(THROTTLE_PREFIX + username, address).isZero()) {
            return false;
        }
        Optional<UserAccount> account = accounts.findByUsername(username);
        if (account.isEmpty() || account.get().getTotpSecret() == null) {
            return false;
        }
        if (takeStep(account.get(), code)) {
            throttle.succeeded(THROTTLE_PREFIX + username);
            return true;
        }
        throttle.failed(THROTTLE_PREFIX + username, address);
        events.publishEvent(Audited.by(username, AuditAction.SECOND_FACTOR_FAILED, null, "API call"));
        return false;
    }

    @Transactional(readOnly = true)
    boolean enrolled(String username) {
        return accounts.findByUsername(username).map(account -> account.getTotpSecret() != null).orElse(false);
    }

    /** When the signed-in user set up their app (empty if they need not or have not). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<Instant> myEnrolment() {
        return currentUser.account().map(UserAccount::getTotpEnrolledAt);
    }

    /**
     * For a lost or replaced phone: forgets the account's app and ends its sessions; the user sets up a new app at
     * their next sign-in, which still needs their password.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void reset(long userId) {
        UserAccount account = accounts.findById(userId).orElseThrow(() -> new NotFoundException("User " + userId));
        if (account.getTotpSecret() == null) {
            return;
        }
        account.clearTotp();
        events.publishEvent(Audited.of(AuditAction.SECOND_FACTOR_RESET, "user " + account.getUsername(), null));
        events.publishEvent(new ActiveSessions.AccountAccessChanged(account.getUsername(), "second factor reset by an administrator"));
    }

    private boolean takeStep(UserAccount account, String code) {
        OptionalLong step = Totp.matchingStep(account.getTotpSecret(), code, clock.instant(), account.getTotpLastStep());
        // the conditional update makes "once" hold between two requests racing with the same code
        return step.isPresent() && accounts.takeTotpStep(account.getUsername(), step.getAsLong()) == 1;
    }

    private void wrongCode(String username, String address, String what) {
        throttle.failed(THROTTLE_PREFIX + username, address);
        // the callers' transactions commit on this exception (nothing else was written), so the entry is kept
        events.publishEvent(Audited.by(username, AuditAction.SECOND_FACTOR_FAILED, null, what));
        throw new SecondFactorException("That code is not right, or was used already. Type the code your app shows now; "
                + "if codes keep failing, check that the phone sets its clock automatically.", false);
    }

    private void refuseWhileThrottled(String username, String address) {
        Duration wait = throttle.waitBeforeNextAttempt(THROTTLE_PREFIX + username, address);
        if (!wait.isZero()) {
            long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
            throw new SecondFactorException("Too many wrong codes. Wait " + seconds + " seconds before you try again.", false);
        }
    }

    /** The user is signed in as if the password step had done it: a fresh session id, the context in the session. */
    private void signIn(PendingSignIn pending, String how) {
        UserDetails user = userDetails.loadUserByUsername(pending.username());
        if (!user.isEnabled()) {
            session().removeAttribute(PendingSignIn.ATTRIBUTE);
            throw new SecondFactorException("This account has been disabled.", true);
        }
        HttpServletRequest request = request();
        UsernamePasswordAuthenticationToken authentication =
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        authentication.setDetails(new WebAuthenticationDetails(request));
        SecurityContext context = contextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        contextHolder.setContext(context);
        request.changeSessionId();
        HttpSession session = request.getSession();
        session.removeAttribute(PendingSignIn.ATTRIBUTE);
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
        throttle.succeeded(THROTTLE_PREFIX + pending.username());
        accounts.recordLogin(pending.username(), clock.instant());
        events.publishEvent(Audited.by(pending.username(), AuditAction.SIGNED_IN, null, "second factor: " + how));
    }

    private PendingSignIn requirePending() {
        return pendingSignIn().orElseThrow(() -> new SecondFactorException(
                "Your sign-in has expired or was not started. Sign in again with your password.", true));
    }

    private Optional<PendingSignIn> pendingSignIn() {
        HttpSession session = request().getSession(false);
        if (session == null || !(session.getAttribute(PendingSignIn.ATTRIBUTE) instanceof PendingSignIn pending)) {
            return Optional.empty();
        }
        if (pending.expiredAt(clock.instant())) {
            session.removeAttribute(PendingSignIn.ATTRIBUTE);
            return Optional.empty();
        }
        return Optional.of(pending);
    }

    private UserAccount account(PendingSignIn pending) {
        return accounts.findByUsername(pending.username())
                .orElseThrow(() -> new SecondFactorException("This account no longer exists.", true));
    }

    private HttpSession session() {
        return request().getSession();
    }

    private static HttpServletRequest request() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return attributes.getRequest();
        }
        throw new SecondFactorException("The second factor is given from the sign-in page.", true);
    }

    private static String clientAddress() {
        return request().getRemoteAddr();
    }
}
