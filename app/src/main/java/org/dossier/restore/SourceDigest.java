package org.dossier.restore;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
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
    /** Small enough that a piece and its bytes stay in the fastest cache while digested. */
    private static final int PIECE = 1 << 12;
    private final MessageDigest md;
    /** A piece of the text and its UTF-8 bytes, both reused (grown to the longest piece): no copy of a whole text is made. */
    private char[] chars = new char[0];
    private ByteBuffer bytes = ByteBuffer.allocate(0);
    /** UTF-8 as {@code String.getBytes} writes it: a lone surrogate becomes {@code ?}. */
    private final CharsetEncoder utf8 = StandardCharsets.UTF_8.newEncoder()
        .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);

    SourceDigest() {
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }

    /** Digests {@code text} in pieces of 4 k characters, none splitting a surrogate pair. */
    void update(String text) {
        for (int from = 0; from < text.length(); ) {
            int to = Math.min(text.length(), from + PIECE);
            if (to < text.length() && Character.isHighSurrogate(text.charAt(to - 1))) {
                to--;
            }
            if (chars.length < to - from) {
                chars = new char[to - from];
                bytes = ByteBuffer.allocate(3 * (to - from)); // UTF-8 takes at most three bytes per char
            }
            text.getChars(from, to, chars, 0);
            bytes.clear();
            utf8.reset().encode(CharBuffer.wrap(chars, 0, to - from), bytes, true);
            md.update(bytes.array(), 0, bytes.position());
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
