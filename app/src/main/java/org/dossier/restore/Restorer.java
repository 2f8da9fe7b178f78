package org.dossier.restore;

/**
 * Restores raw OCR text into an {@link Edition}. The one public entry point of restoration.
 *
 * <p>Interim implementation: the staged pipeline (pages, furniture, hyphenation, footnotes,
 * citations) replaces it.
 */
public final class Restorer {

    public static Restorer standard() {
        return new Restorer();
    }

    public Edition restore(String raw) {
        throw new UnsupportedOperationException("restoration pipeline not built yet");
    }
}
