package org.greenborder.academy.security;

import com.vaadin.flow.spring.security.VaadinSavedRequestAwareAuthenticationSuccessHandler;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * Three doors: the JSON API (stateless, HTTP Basic, no session, no CSRF because no cookie authenticates it),
 * the actuator (health public, the rest for administrators), and the Vaadin UI (form login, sessions, CSRF).
 * Views are guarded by their access annotations; services guard themselves again with @PreAuthorize.
 * <p>
 * Every answer carries security headers (docs/security.md): a Content-Security-Policy, nosniff, a same-origin
 * Referrer-Policy, frame denial, and HSTS on requests that came over TLS. The UI's policy allows what Vaadin's
 * client needs: inline bootstrap script and {@code eval} for the server's JavaScript calls, inline styles, its own
 * origin for the push connection.
 */
@Configuration
@EnableWebSecurity
// not jsr250Enabled: Vaadin views carry @RolesAllowed/@PermitAll and must not be turned into proxies
@EnableMethodSecurity
class SecurityConfiguration {

    static final String LOGIN_PATH = "/login";
    static final String ARGON2 = "argon2@SpringSecurity_v5_8";

    static final String UI_CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'";
    static final String API_CONTENT_SECURITY_POLICY = "default-src 'none'; base-uri 'none'; frame-ancestors 'none'; "
            + "form-action 'none'";

    private final LoginThrottle throttle;
    private final Clock clock;
    private final TwoFactorPolicy twoFactorPolicy;
    private final TwoFactorService twoFactor;
    private final SecurityContextHolderStrategy contextHolder;
    private final UserAccountRepository accounts;

    SecurityConfiguration(LoginThrottle throttle, Clock clock, TwoFactorPolicy twoFactorPolicy, TwoFactorService twoFactor,
                          SecurityContextHolderStrategy contextHolder, UserAccountRepository accounts) {
        this.accounts = accounts;
        this.throttle = throttle;
        this.clock = clock;
        this.twoFactorPolicy = twoFactorPolicy;
        this.twoFactor = twoFactor;
        this.contextHolder = contextHolder;
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(jsonUnauthorized()))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(jsonUnauthorized())
                        .accessDeniedHandler(jsonForbidden()))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .addFilterBefore(LoginThrottleFilter.forBasic(throttle), BasicAuthenticationFilter.class)
                .addFilterAfter(new TwoFactorApiFilter(twoFactorPolicy, twoFactor, contextHolder), BasicAuthenticationFilter.class)
                .addFilterAfter(new PasswordChangeApiFilter(accounts, contextHolder), TwoFactorApiFilter.class);
        headers(http, API_CONTENT_SECURITY_POLICY);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain actuatorFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .anyRequest().hasRole(Role.ADMIN.name()))
                .httpBasic(basic -> basic.authenticationEntryPoint(jsonUnauthorized()))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .addFilterBefore(LoginThrottleFilter.forBasic(throttle), BasicAuthenticationFilter.class)
                .addFilterAfter(new TwoFactorApiFilter(twoFactorPolicy, twoFactor, contextHolder), BasicAuthenticationFilter.class)
                .addFilterAfter(new PasswordChangeApiFilter(accounts, contextHolder), TwoFactorApiFilter.class);
        headers(http, API_CONTENT_SECURITY_POLICY);
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain uiFilterChain(HttpSecurity http) throws Exception {
        // /error: the container forwards a failed API call there, outside the API's chain; without this the caller
        // got an empty 403 instead of Spring Boot's error answer (status only, no message or stack trace)
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/styles/**", "/webfonts/**", "/favicon.ico", "/error").permitAll())
                .addFilterBefore(LoginThrottleFilter.forForm(throttle), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new SessionLifetimeFilter(clock, SessionLifetimeFilter.MAX_LIFETIME), SecurityContextHolderFilter.class);
        headers(http, UI_CONTENT_SECURITY_POLICY);
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LOGIN_PATH, LOGIN_PATH));
        // after Vaadin's configurer, so that its initialisation names the login page before the form's own runs
        http.formLogin(form -> form.addObjectPostProcessor(secondFactorAfterPassword(http)));
        return http.build();
    }

    /**
     * Puts the second-factor step between a correct password and being signed in. Applied when the form's filter is
     * built, after Vaadin's configurer has chosen its success handler (kept as a shared object), which this wraps.
     */
    private ObjectPostProcessor<UsernamePasswordAuthenticationFilter> secondFactorAfterPassword(HttpSecurity http) {
        return new ObjectPostProcessor<>() {
            @Override
            public <O extends UsernamePasswordAuthenticationFilter> O postProcess(O filter) {
                AuthenticationSuccessHandler vaadin = http.getSharedObject(VaadinSavedRequestAwareAuthenticationSuccessHandler.class);
                if (vaadin == null) {
                    throw new IllegalStateException("Vaadin's sign-in success handler was not found: the second factor cannot be wired");
                }
                filter.setAuthenticationSuccessHandler(new TwoFactorSignInHandler(vaadin, twoFactorPolicy, contextHolder, clock));
                return filter;
            }
        };
    }

    /**
     * Spring's defaults (nosniff, frame denial, no caching, HSTS over TLS only) plus the policy and referrer headers,
     * written before the request is handled: Vaadin's page bootstrap otherwise answers without them.
     */
    private static void headers(HttpSecurity http, String contentSecurityPolicy) throws Exception {
        http.headers(headers -> {
            headers.addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                @Override
                public <O extends HeaderWriterFilter> O postProcess(O filter) {
                    filter.setShouldWriteHeadersEagerly(true);
                    return filter;
                }
            });
            headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000))
                .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy",
                        "camera=(), microphone=(), geolocation=(), payment=(), usb=()"));
        });
    }

    /**
     * Argon2id for every password set from now on; bcrypt hashes stored before are still read, and replaced by
     * Argon2id at the owner's next sign-in ({@link AccountUserDetailsService#updatePassword}). bcrypt was left because
     * it refuses passwords over 72 bytes: 25 characters of Lao or Khmer script.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new DelegatingPasswordEncoder(ARGON2, Map.of(
                ARGON2, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                "bcrypt", new BCryptPasswordEncoder()));
    }

    /**
     * Refusals by @PreAuthorize and by the request rules become events, which {@link AccessDeniedAudit} records.
     * Static: method security asks for it while this configuration is still being built.
     */
    @Bean
    static AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher events) {
        return new SpringAuthorizationEventPublisher(events);
    }

    private static AuthenticationEntryPoint jsonUnauthorized() {
        return (request, response, exception) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Green Border Academy\"");
            JsonError.write(response, HttpServletResponse.SC_UNAUTHORIZED, "unauthorized", "Authentication required");
        };
    }

    private static AccessDeniedHandler jsonForbidden() {
        return (request, response, exception) ->
                JsonError.write(response, HttpServletResponse.SC_FORBIDDEN, "forbidden", "Not allowed for your role");
    }

}
