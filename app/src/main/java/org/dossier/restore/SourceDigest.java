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
    /** Small enough that a piece and its bytes stay in the fastest cache while digested, and cheap to make per text. */
    private static final int PIECE = 1 << 10;
    private final MessageDigest md;
    /** A piece of a string and its UTF-8 bytes, both reused: no copy of a whole text is made. */
    private final char[] chars = new char[PIECE];
    private final ByteBuffer bytes = ByteBuffer.allocate(3 * PIECE); // UTF-8 takes at most three bytes per char
    /** UTF-8 as {@code String.getBytes} writes it: a lone surrogate becomes {@code ?}. */
    private final CharsetEncoder utf8 = StandardCharsets.UTF_8.newEncoder()
        .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);

    /**
     * A fresh digest to copy from: {@code MessageDigest.getInstance} looks its provider up anew at
     * each call, which costs several microseconds a report (a text of a few pages is digested in
     * about thirty).
     */
    private static final MessageDigest FRESH = sha256();

    SourceDigest() {
        md = copyOf(FRESH);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }

    private static MessageDigest copyOf(MessageDigest fresh) {
        try {
            return (MessageDigest) fresh.clone();
        } catch (CloneNotSupportedException e) {
            return sha256(); // a provider whose digest cannot be copied is asked each time
        }
    }

    /** Digests {@code text}, copied a piece at a time. */
    void update(String text) {
        for (int from = 0; from < text.length(); ) {
            int to = pieceEnd(from, text.length(), text.charAt(Math.min(text.length(), from + PIECE) - 1));
            text.getChars(from, to, chars, 0);
            digest(chars, 0, to - from);
            from = to;
        }
    }

    /** Digests {@code text[from, to)}, read in place (a whole text's chars, as {@link SourceLines} keeps them). */
    void update(char[] text, int from, int to) {
        for (int at = from; at < to; ) {
            int end = pieceEnd(at, to, text[Math.min(to, at + PIECE) - 1]);
            digest(text, at, end);
            at = end;
        }
    }

    /** Where the piece from {@code from} ends: {@code PIECE} chars on, or the text's end, but never between a surrogate pair. */
    private static int pieceEnd(int from, int end, char lastOfFullPiece) {
        int to = Math.min(end, from + PIECE);
        return to < end && Character.isHighSurrogate(lastOfFullPiece) ? to - 1 : to;
    }

    private void digest(char[] c, int from, int to) {
        bytes.clear();
        utf8.reset().encode(CharBuffer.wrap(c, from, to - from), bytes, true);
        md.update(bytes.array(), 0, bytes.position());
    }

    String hex() {
        return HexFormat.of().formatHex(md.digest());
    }

    /** The digest of a whole text, its first {@code length} chars. */
    static String of(char[] text, int length) {
        SourceDigest d = new SourceDigest();
        d.update(text, 0, length);
        return d.hex();
    }
}
