package org.greenborder.academy.security;

import java.util.Set;
import org.greenborder.academy.shared.CountryCode;

/** What it takes to open an account. */
public record NewAccount(
        String username,
        String fullName,
        String email,
        String organisation,
        CountryCode country,
        Set<Role> roles,
        String initialPassword) {
}
