package org.dossier.pkg;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Damaged files give package issues with a file and a line, never any other failure. */
class PackageReaderProperties {
    private static final String[] FILES = {"events.yaml", "agreements.yaml", "actors.yaml", "dossier.yaml"};

    @Provide
    Arbitrary<String> debris() {
        return Arbitraries.strings().withChars(":-{}[]\"'#&*!|>,\n \tx7").ofMinLength(1).ofMaxLength(6);
    }

    @Property(tries = 150)
    void aDamagedFileFailsWithIssuesOrLoadsNeverThrowingAnythingElse(
        @ForAll @IntRange(min = 0, max = 3) int which, @ForAll @IntRange(min = 0, max = 2000) int at,
        @ForAll @IntRange(min = 0, max = 8) int cut, @ForAll("debris") String insert) throws IOException {
        Path dir = Files.createTempDirectory("damaged");
        try {
            Fixtures.copy("tiny", dir);
            Path file = dir.resolve(FILES[which]);
            String text = Files.readString(file);
            int from = Math.min(at, text.length());
            int to = Math.min(text.length(), from + cut);
            Files.writeString(file, text.substring(0, from) + insert + text.substring(to));
            try {
                Fixtures.load(dir);
            } catch (PackageException e) {
                assertFalse(e.issues().isEmpty());
                for (PackageIssue i : e.issues()) {
                    assertTrue(i.line() >= 0 && !i.file().isEmpty() && !i.message().isBlank(), i.toString());
                    assertFalse(i.message().contains("\n"), i.toString());
                }
            }
        } finally {
            delete(dir);
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
