package org.dossier.cli;

import org.dossier.store.Store;
import org.dossier.store.StoreException;
import org.dossier.store.StoreLocation;
import picocli.CommandLine.Option;

/** The {@code --db} option shared by the commands that use the store. */
final class StoreOption {
    @Option(names = "--db", paramLabel = "URL|PATH",
        description = "SQLite file or jdbc:postgresql://HOST/DB?user=…&password=… (default: $DOSSIER_HOME/dossier.db, else ~/.dossier/dossier.db).")
    String db;

    StoreLocation location() {
        try {
            return StoreLocation.parse(db);
        } catch (IllegalArgumentException e) {
            throw UserException.badUsage(e.getMessage());
        }
    }

    /** Opens the store, or fails with one line and exit code 3. */
    Store open() {
        StoreLocation location = location();
        try {
            return Store.open(location);
        } catch (StoreException e) {
            throw new UserException(ExitCode.STORAGE, e.getMessage(), e);
        }
    }
}
