package org.greenborder.academy.shared.persistence;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.dialect.DatabaseVersion;
import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.MariaDBDialect;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolutionInfo;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolver;

/**
 * Production runs on MySQL through MySQL Connector/J, which also connects to MariaDB. MariaDB then reports
 * itself as "MySQL" version "5.5.5-10.11.x-MariaDB", and Hibernate's standard resolution picks a MySQL 5.5
 * dialect: wrong SQL for sequences, JSON and window functions. This resolver sees the MariaDB marker and
 * answers with the MariaDB dialect at the real server version; for anything else it returns null so that
 * Hibernate's standard resolution decides. Registered through {@code hibernate.dialect_resolvers}.
 */
public class MariaDbAwareDialectResolver implements DialectResolver {

    private static final Pattern MARIADB_VERSION =
            Pattern.compile("^(?:5\\.5\\.5-)?(\\d+)\\.(\\d+)(?:\\.(\\d+))?");

    @Override
    public Dialect resolveDialect(DialectResolutionInfo info) {
        DatabaseVersion version = mariaDbVersion(info.getDatabaseName(), info.getDatabaseVersion());
        return version == null ? null : new MariaDBDialect(version);
    }

    /** The MariaDB server version hidden in what the MySQL driver reports, or null when it is not MariaDB. */
    static DatabaseVersion mariaDbVersion(String productName, String productVersion) {
        if (productVersion == null) {
            return null;
        }
        boolean namedMariaDb = productName != null && productName.toLowerCase().contains("mariadb");
        if (!namedMariaDb && !productVersion.toLowerCase().contains("mariadb")) {
            return null;
        }
        Matcher matcher = MARIADB_VERSION.matcher(productVersion.strip());
        if (!matcher.lookingAt()) {
            // a MariaDB whose version string we cannot read: the oldest version we support
            return DatabaseVersion.make(10, 11);
        }
        int major = Integer.parseInt(matcher.group(1));
        int minor = Integer.parseInt(matcher.group(2));
        int micro = matcher.group(3) == null ? 0 : Integer.parseInt(matcher.group(3));
        return DatabaseVersion.make(major, minor, micro);
    }
}
