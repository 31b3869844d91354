package org.greenborder.academy.demo;

import java.util.EnumSet;
import java.util.List;
import org.greenborder.academy.security.NewAccount;
import org.greenborder.academy.security.Role;
import org.greenborder.academy.shared.CountryCode;

/**
 * The four demo logins named in the README, one per role, all with the password {@value #PASSWORD}. The people
 * are invented; their organisations are the real kinds of office that use the platform.
 */
final class DemoAccounts {

    static final String PASSWORD = "ozone-layer-1987";

    private DemoAccounts() {
    }

    static List<NewAccount> all() {
        return List.of(
                new NewAccount("admin", "Platform Administrator", "admin@example.org",
                        "Green Border Academy", null, EnumSet.of(Role.ADMIN), PASSWORD),
                new NewAccount("organiser", "Siriporn Chaiyasit", "organiser@example.org",
                        "UNEP Asia and the Pacific Office, OzonAction CAP", CountryCode.of("TH"),
                        EnumSet.of(Role.ORGANISER), PASSWORD),
                new NewAccount("trainee", "Khamphet Sisavath", "trainee@example.org",
                        "Lao Customs Department, Thanaleng border post", CountryCode.of("LA"),
                        EnumSet.of(Role.TRAINEE), PASSWORD),
                new NewAccount("analyst", "Maya Lindqvist", "analyst@example.org",
                        "UNEP Asia and the Pacific Office, Regional Enforcement Network", CountryCode.of("TH"),
                        EnumSet.of(Role.ANALYST), PASSWORD));
    }
}
