package org.dossier.pkg;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Copies of the fixture packages under test resources, to load as they are or to break on purpose. */
public final class Fixtures {
    private Fixtures() {}

    public static Path packageDir(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/packages/" + name + "/dossier.yaml").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A writable copy of fixture package {@code name} in {@code dir}. */
    public static Path copy(String name, Path dir) {
        Path from = packageDir(name);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve(f.getFileName().toString()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }

    /** Loads a fixture package with an edition built by {@link TestEditions}. */
    public static Dossier load(Path dir) {
        return Dossier.load(dir, TestEditions::of);
    }
}
