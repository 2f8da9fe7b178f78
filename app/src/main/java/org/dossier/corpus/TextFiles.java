package org.dossier.corpus;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.dossier.restore.RawText;

/**
 * What every corpus engine (this machine's runner, the Spark job) does the same way with an input
 * file's bytes: identify them by content hash, and decode them to the text the restorer reads.
 */
public final class TextFiles {

    private TextFiles() {}

    /**
     * Lower-case hex SHA-256 of the bytes: the document id of corpus runs. (The edition's own
     * {@code sourceSha256} hashes the decoded text, so it also matches re-encoded copies.)
     */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /**
     * The text of an input file, as {@link RawText#decode} reads it.
     *
     * @throws org.dossier.restore.UnreadableInputException when the bytes are not text
     */
    public static String decode(byte[] bytes) {
        return RawText.decode(bytes);
    }
}
