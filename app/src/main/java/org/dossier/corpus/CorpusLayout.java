package org.dossier.corpus;

import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Where a corpus run writes: editions are content-addressed, {@code editions/ab/abcdef….json} for
 * an input whose bytes hash to {@code abcdef…} (SHA-256), so that a rerun knows what is done from
 * the file system alone, identical texts are restored once, and a changed file is restored again;
 * {@code summary.jsonl} says which input gave which edition.
 */
public final class CorpusLayout {

    public static final String SUMMARY = "summary.jsonl";
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private final Path root;

    public CorpusLayout(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    public Path summary() {
        return root.resolve(SUMMARY);
    }

    /** The edition file of a text whose bytes hash to {@code sha256} (lower-case hex). */
    public Path edition(String sha256) {
        return root.resolve(editionName(sha256));
    }

    /** The edition's path relative to the output folder, with forward slashes, as the summary gives it. */
    public static String editionName(String sha256) {
        if (!SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("not a lower-case hex SHA-256: " + sha256);
        }
        return "editions/" + sha256.substring(0, 2) + "/" + sha256 + ".json";
    }
}
