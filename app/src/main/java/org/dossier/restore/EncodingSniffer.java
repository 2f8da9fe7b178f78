package org.dossier.restore;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decides how the bytes of an OCR file are read, fed in chunks of any size, so that a file too
 * large to hold is judged exactly as {@link RawText#decode(byte[])} judges a whole one: binary
 * data is refused from the head of the file (a NUL byte, or more than 5 % control bytes in the
 * first 64 KiB); then UTF-8 if every byte is valid UTF-8, else Windows-1252 if the bytes use its
 * printable range 0x80–0x9F and none of its unassigned bytes, else ISO-8859-1.
 */
final class EncodingSniffer {
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int SAMPLE = 64 * 1024;
    /** Bytes 0x81, 0x8D, 0x8F, 0x90 and 0x9D are unassigned in Windows-1252. */
    private static final String CP1252_UNASSIGNED = "\u0081\u008d\u008f\u0090\u009d";

    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final CharBuffer scratch = CharBuffer.allocate(8192);
    /** The bytes of a UTF-8 sequence cut by the end of the last chunk (at most three). */
    private byte[] carried = new byte[0];
    private boolean validUtf8 = true;
    private boolean cp1252Seen;
    private boolean cp1252Unassigned;
    private long read;
    private int control;

    /** Takes the next {@code length} bytes of the input; refuses binary data as soon as the head shows it. */
    void feed(byte[] bytes, int offset, int length) {
        sample(bytes, offset, length);
        for (int i = offset; i < offset + length && !cp1252Unassigned; i++) {
            int v = bytes[i] & 0xff;
            if (v >= 0x80 && v <= 0x9f) {
                cp1252Unassigned = CP1252_UNASSIGNED.indexOf((char) v) >= 0;
                cp1252Seen = true;
            }
        }
        if (validUtf8) {
            validateUtf8(bytes, offset, length);
        }
        read += length;
    }

    /** The charset to read the whole input with, once every byte has been fed; asked once. */
    Charset charset() {
        if (read < SAMPLE) {
            refuseIfControlHeavy((int) read);
        }
        if (validUtf8 && !utf8.decode(ByteBuffer.wrap(carried), scratch.clear(), true).isError()
                && !utf8.flush(scratch.clear()).isError()) {
            return StandardCharsets.UTF_8;
        }
        return cp1252Seen && !cp1252Unassigned ? WINDOWS_1252 : StandardCharsets.ISO_8859_1;
    }

    private void sample(byte[] bytes, int offset, int length) {
        if (read >= SAMPLE) {
            return;
        }
        int n = (int) Math.min(length, SAMPLE - read);
        for (int i = 0; i < n; i++) {
            int v = bytes[offset + i] & 0xff;
            if (v == 0) {
                throw new UnreadableInputException("binary data, not text (NUL byte at offset " + (read + i) + ")");
            }
            if (v < 0x20 && v != '\n' && v != '\r' && v != '\t' && v != '\f') {
                control++;
            }
        }
        if (read + n == SAMPLE) {
            refuseIfControlHeavy(SAMPLE);
        }
    }

    private void refuseIfControlHeavy(int sample) {
        if (sample > 0 && control * 20 > sample) {
            throw new UnreadableInputException(
                "binary data, not text (" + control + " control bytes in the first " + sample + ")");
        }
    }

    /** Checks through a small buffer: decoding only to check would hold the text twice. */
    private void validateUtf8(byte[] bytes, int offset, int length) {
        ByteBuffer in;
        if (carried.length == 0) {
            in = ByteBuffer.wrap(bytes, offset, length);
        } else {
            byte[] joined = new byte[carried.length + length];
            System.arraycopy(carried, 0, joined, 0, carried.length);
            System.arraycopy(bytes, offset, joined, carried.length, length);
            in = ByteBuffer.wrap(joined);
        }
        while (true) {
            CoderResult r = utf8.decode(in, scratch.clear(), false);
            if (r.isError()) {
                validUtf8 = false;
                return;
            }
            if (r.isUnderflow()) {
                break;
            }
        }
        carried = new byte[in.remaining()];
        in.get(carried);
    }
}
