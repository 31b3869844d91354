package org.greenborder.academy.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first administrator of an installation without demo data, from GBA_ADMIN_USERNAME, GBA_ADMIN_PASSWORD
 * and optionally GBA_ADMIN_FULL_NAME. Used only while no enabled administrator exists.
 */
@ConfigurationProperties("gba.admin")
record AdminBootstrapProperties(String username, String password, String fullName) {

    boolean isComplete() {
        return username != null && !username.isBlank() && password != null && !password.isEmpty();
    }
}
