package org.dossier.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dossier.pkg.Dossier;
import org.dossier.restore.RawText;

/** The two bundled packages as imports, loaded once per test run (the flagship takes a second to restore). */
final class ModelledSubmissions {
    static final String FLAGSHIP = "far-east-1932";
    static final String YALTA = "yalta-manchuria-1946";

    private ModelledSubmissions() {}

    private static final class Loaded {
        static final Submission FLAGSHIP_SUBMISSION = load(FLAGSHIP);
        static final Submission YALTA_SUBMISSION = load(YALTA);
    }

    static Submission flagship() {
        return Loaded.FLAGSHIP_SUBMISSION;
    }

    static Submission yalta() {
        return Loaded.YALTA_SUBMISSION;
    }

    static Path folder(String id) {
        try {
            return Path.of(ModelledSubmissions.class.getResource("/packages/" + id).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Submission load(String id) {
        Path folder = folder(id);
        Dossier d = Dossier.load(folder);
        try {
            String raw = RawText.decode(Files.readAllBytes(folder.resolve(d.pkg().manifest().document())));
            return Ingest.modelled(id + ".txt", raw, d);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
