package org.dossier.corpus;

import java.util.function.Function;
import org.dossier.restore.Edition;
import org.dossier.restore.UnreadableInputException;

/**
 * Restoring one input's bytes, as every corpus engine does it: an edition, or a one-line reason
 * why there is none (the bytes are not text, or the restorer failed). Never throws for bad input,
 * so that one bad file never stops a run.
 *
 * @param raw the decoded text, or null when the bytes are not text
 * @param edition the restored edition, or null when {@code error} says why not
 */
public record Attempt(String raw, Edition edition, String error) {

    /** Decodes and restores {@code bytes} with {@code restorer}. */
    public static Attempt restore(byte[] bytes, Function<byte[], String> decoder, Function<String, Edition> restorer) {
        String text;
        try {
            text = decoder.apply(bytes);
        } catch (UnreadableInputException e) {
            return new Attempt(null, null, "not text: " + e.getMessage());
        }
        try {
            return new Attempt(text, restorer.apply(text), null);
        } catch (RuntimeException | StackOverflowError e) {
            return new Attempt(text, null, "cannot restore: " + oneLine(e));
        }
    }

    /** Decodes with {@link TextFiles#decode} and restores with {@code restorer}. */
    public static Attempt restore(byte[] bytes, Function<String, Edition> restorer) {
        return restore(bytes, TextFiles::decode, restorer);
    }

    public boolean succeeded() {
        return edition != null;
    }

    /** A failure as one line: its class and message, line breaks folded. */
    public static String oneLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName()
            : e.getClass().getSimpleName() + ": " + e.getMessage();
        return message.replaceAll("\\s*\\R\\s*", " ");
    }
}
