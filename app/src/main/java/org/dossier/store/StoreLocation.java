package org.dossier.store;

import java.nio.file.Path;

/**
 * Where a store lives: a SQLite file (the default, created on first use) or a PostgreSQL database
 * given by its JDBC address. {@code file} is null for PostgreSQL.
 */
public record StoreLocation(Dialect dialect, String jdbcUrl, Path file) {

    /** The default database file: {@code $DOSSIER_HOME/dossier.db}, else {@code ~/.dossier/dossier.db}. */
    public static StoreLocation defaultFile() {
        String home = System.getenv("DOSSIER_HOME");
        Path dir = home != null && !home.isBlank()
            ? Path.of(home)
            : Path.of(System.getProperty("user.home"), ".dossier");
        return sqliteFile(dir.resolve("dossier.db"));
    }

    public static StoreLocation sqliteFile(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        return new StoreLocation(Dialect.SQLITE, "jdbc:sqlite:" + abs, abs);
    }

    /**
     * Reads what a user passes to {@code --db}: a {@code jdbc:postgresql:} or {@code jdbc:sqlite:}
     * address, or a path to a SQLite file; null or blank means the default file.
     *
     * @throws IllegalArgumentException for a JDBC address of another database
     */
    public static StoreLocation parse(String spec) {
        if (spec == null || spec.isBlank()) {
            return defaultFile();
        }
        if (spec.startsWith("jdbc:postgresql:")) {
            return new StoreLocation(Dialect.POSTGRESQL, spec, null);
        }
        if (spec.startsWith("jdbc:sqlite:")) {
            return sqliteFile(Path.of(spec.substring("jdbc:sqlite:".length())));
        }
        if (spec.startsWith("jdbc:")) {
            throw new IllegalArgumentException("unsupported database address '" + spec
                + "': use a file path, jdbc:sqlite:PATH or jdbc:postgresql://HOST/DB");
        }
        return sqliteFile(Path.of(spec));
    }

    /** What to print: the file, or the address without its password. */
    public String display() {
        return file != null ? file.toString() : jdbcUrl.replaceAll("(?i)(password=)[^&]*", "$1***");
    }
}
