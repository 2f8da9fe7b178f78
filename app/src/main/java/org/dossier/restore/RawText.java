package org.dossier.restore;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of an OCR file into the raw text that restoration works on and whose offsets
 * every restored unit keeps. UTF-8 is tried first; text that is not valid UTF-8 is read as
 * Windows-1252 when it uses that code page's printable characters in 0x80–0x9F, else as
 * ISO-8859-1. A byte-order mark is dropped and line ends are normalised to {@code \n} (CRLF and
 * lone CR); form feeds are kept, since they mark page breaks. Binary data is refused.
 */
public final class RawText {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** Bytes 0x81, 0x8D, 0x8F, 0x90 and 0x9D are unassigned in Windows-1252. */
    private static final String CP1252_UNASSIGNED = "\u0081\u008d\u008f\u0090\u009d";

    private RawText() {}

    /** The decoded text and the name of the encoding it was read as. */
    public record Decoded(String text, String encoding) {}

    public static String decode(byte[] bytes) {
        return decodeWithEncoding(bytes).text();
    }

    public static Decoded decodeWithEncoding(byte[] bytes) {
        if (bytes == null) {
            throw new IllegalArgumentException("bytes must not be null");
        }
        refuseBinary(bytes);
        String text;
        String encoding;
        if (isUtf8(bytes)) {
            text = new String(bytes, StandardCharsets.UTF_8);
            encoding = "UTF-8";
        } else if (usesWindows1252Range(bytes)) {
            text = new String(bytes, WINDOWS_1252);
            encoding = "windows-1252";
        } else {
            text = new String(bytes, StandardCharsets.ISO_8859_1);
            encoding = "ISO-8859-1";
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        return new Decoded(normaliseLineEnds(text), encoding);
    }

    static String normaliseLineEnds(String text) {
        if (text.indexOf('\r') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                out.append('\n');
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Whether the bytes are valid UTF-8, checked through a small buffer: decoding the whole text
     * only to check it would hold it twice, as chars and again as the string made of them.
     */
    private static boolean isUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult r = decoder.decode(in, out, true);
            if (r.isError()) {
                return false;
            }
            if (r.isUnderflow()) {
                break;
            }
            out.clear();
        }
        out.clear();
        return !decoder.flush(out).isError();
    }

    private static boolean usesWindows1252Range(byte[] bytes) {
        boolean seen = false;
        for (byte b : bytes) {
            int v = b & 0xff;
            if (v >= 0x80 && v <= 0x9f) {
                if (CP1252_UNASSIGNED.indexOf((char) v) >= 0) {
                    return false;
                }
                seen = true;
            }
        }
        return seen;
    }

    /**
     * Text files hold no NUL bytes and few control characters; scanned OCR never does. A sample
     * of the head of the file is enough to tell, and keeps this linear and cheap.
     */
    private static void refuseBinary(byte[] bytes) {
        int sample = Math.min(bytes.length, 64 * 1024);
        int control = 0;
        for (int i = 0; i < sample; i++) {
            int v = bytes[i] & 0xff;
            if (v == 0) {
                throw new UnreadableInputException(
                    "binary data, not text (NUL byte at offset " + i + ")");
            }
            if (v < 0x20 && v != '\n' && v != '\r' && v != '\t' && v != '\f') {
                control++;
            }
        }
        if (sample > 0 && control * 20 > sample) {
            throw new UnreadableInputException(
                "binary data, not text (" + control + " control bytes in the first " + sample + ")");
        }
    }
}
