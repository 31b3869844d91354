package org.greenborder.academy.workshop;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Calendar feeds are fetched by calendar apps, which cannot sign in: the secret token in the address is the
 * credential, checked by {@link CalendarService#feed(String)}. Without this chain the UI chain (the last one,
 * matching everything) would send them to the login page.
 */
@Configuration(proxyBeanMethods = false)
class CalendarSecurityConfiguration {

    @Bean
    @Order(0)
    SecurityFilterChain calendarFeedFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/calendar/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable());
        return http.build();
    }
}
