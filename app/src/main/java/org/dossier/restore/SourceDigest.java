package org.dossier.restore;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 of a raw text's UTF-8 bytes, fed in pieces: a whole text is never copied into
 * bytes at once, and a text read as a stream is digested as it goes. A piece must not end
 * between the two halves of a surrogate pair (lines never do).
 */
final class SourceDigest {
    private static final int PIECE = 1 << 15;
    private final MessageDigest md;

    SourceDigest() {
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }

    /** Digests {@code text} in pieces of 32 k characters, none splitting a surrogate pair. */
    void update(String text) {
        for (int from = 0; from < text.length(); ) {
            int to = Math.min(text.length(), from + PIECE);
            if (to < text.length() && Character.isHighSurrogate(text.charAt(to - 1))) {
                to--;
            }
            md.update(text.substring(from, to).getBytes(StandardCharsets.UTF_8));
            from = to;
        }
    }

    String hex() {
        return HexFormat.of().formatHex(md.digest());
    }

    static String of(String text) {
        SourceDigest d = new SourceDigest();
        d.update(text);
        return d.hex();
    }
}
