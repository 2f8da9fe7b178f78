package org.dossier.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL server the tests use: {@code DOSSIER_TEST_PG_URL}, else the one that
 * {@code scripts/services} starts. Tests needing it are skipped, with the reason, when it is down.
 */
public final class PostgresTestDatabase {
    private static final String DEFAULT_URL =
        "jdbc:postgresql://127.0.0.1:5432/dossier_test?user=dossier&password=dossier";

    private PostgresTestDatabase() {}

    public static String url(String schema) {
        String env = System.getenv("DOSSIER_TEST_PG_URL");
        String base = env == null || env.isBlank() ? DEFAULT_URL : env;
        return schema == null ? base : base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    /** A connection to the test database, or the test is skipped with the reason. */
    public static Connection connect() {
        try {
            return DriverManager.getConnection(url(null));
        } catch (SQLException e) {
            Assumptions.abort("PostgreSQL test database not reachable at "
                + StoreLocation.parse(url(null)).display() + " (" + e.getMessage()
                + "); start it with scripts/services");
            throw new IllegalStateException(e);
        }
    }
}
