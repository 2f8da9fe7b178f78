package org.dossier.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteStoreTest extends StoreContract {
    @TempDir Path dir;

    @Override
    Store openStore() {
        return Store.open(StoreLocation.sqliteFile(dir.resolve("nested/folder/dossier.db")));
    }

    @Override
    Store openAgain() {
        return Store.open(StoreLocation.parse(dir.resolve("nested/folder/dossier.db").toString()));
    }

    @Test
    void aPackageStoredBeforeViewsWereKeptGetsThemWhenImportedAgain() throws Exception {
        store.importDocument(ModelledSubmissions.yalta());
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(store.location().jdbcUrl());
             java.sql.Statement st = c.createStatement()) {
            // As a database migrated from V1 holds it: the package row, no views.
            st.execute("DELETE FROM package_mention");
            st.execute("DELETE FROM package_item");
            st.execute("UPDATE package SET items_stored = 0");
        }
        assertTrue(store.timeline(ViewQuery.all()).isEmpty());

        assertTrue(store.importDocument(ModelledSubmissions.yalta()).packageStored());
        assertEquals(ModelledSubmissions.yalta().pkg().items().stream().filter(i -> i.event() != null).count(),
            store.timeline(ViewQuery.all()).size());
        assertEquals(1, store.search("Chungking radio", 10).stream().filter(h -> h.ref().equals("actor/chungking-radio")).count());
    }

    @Test
    void createsTheDatabaseFileAndItsFolderOnFirstOpen() {
        assertTrue(Files.isRegularFile(dir.resolve("nested/folder/dossier.db")));
    }

    @Test
    void theSchemaVersionConstantIsTheNewestMigrationOfEachDialect() throws Exception {
        for (Dialect d : Dialect.values()) {
            Path folder = Path.of("src/main/resources", d.migrations());
            int newest;
            try (var files = Files.list(folder)) {
                newest = files.map(f -> f.getFileName().toString())
                    .filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__"))))
                    .max().orElse(0);
            }
            assertEquals(newest, Dialect.SCHEMA_VERSION, d + " migrations in " + folder);
        }
    }

    @Test
    void readsDatabaseAddressesAndPaths() {
        assertEquals(Dialect.POSTGRESQL, StoreLocation.parse("jdbc:postgresql://localhost/x").dialect());
        assertEquals(Dialect.SQLITE, StoreLocation.parse("jdbc:sqlite:/tmp/x.db").dialect());
        assertEquals(Path.of("/tmp/x.db"), StoreLocation.parse("/tmp/x.db").file());
        assertEquals("jdbc:postgresql://h/db?user=u&password=***",
            StoreLocation.parse("jdbc:postgresql://h/db?user=u&password=secret").display());
        assertThrows(IllegalArgumentException.class, () -> StoreLocation.parse("jdbc:mysql://h/db"));
    }
}
