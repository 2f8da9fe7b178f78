package org.dossier.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;

/** The store contract on PostgreSQL; skipped, saying why, when no server is reachable. */
class PostgresStoreTest extends StoreContract {
    private String schema;

    @Override
    Store openStore() throws SQLException {
        String fresh = "t_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection c = PostgresTestDatabase.connect(); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + fresh);
        }
        schema = fresh;
        return Store.open(StoreLocation.parse(PostgresTestDatabase.url(schema)));
    }

    @Override
    Store openAgain() {
        return Store.open(StoreLocation.parse(PostgresTestDatabase.url(schema)));
    }

    @AfterEach
    void dropSchema() throws SQLException {
        if (schema == null) {
            return; // the test was skipped before its schema was made: no server to clean
        }
        try (Connection c = DriverManager.getConnection(PostgresTestDatabase.url(null));
             Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
        schema = null;
    }
}
