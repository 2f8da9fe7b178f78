package org.dossier.restore;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Test fixtures from the classpath, decoded as the CLI decodes files. */
final class Fixtures {
    private Fixtures() {}

    static String text(String resource) {
        try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return RawText.decode(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String flagship() {
        return text("packages/far-east-1932/report.txt");
    }
}
