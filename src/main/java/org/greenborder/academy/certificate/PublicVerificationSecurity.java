package org.greenborder.academy.certificate;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The one part of /api that needs no account: reading a certificate's status by its code. Its own filter chain,
 * ahead of the API's (which requires HTTP Basic), GET only, stateless; the rate limit is in the service.
 */
@Configuration
class PublicVerificationSecurity {

    @Bean
    @Order(0)
    SecurityFilterChain publicVerificationChain(HttpSecurity http) throws Exception {
        http.securityMatcher(request -> HttpMethod.GET.matches(request.getMethod())
                        && request.getRequestURI().startsWith(request.getContextPath() + "/api/certificates/"))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable());
        return http.build();
    }
}
