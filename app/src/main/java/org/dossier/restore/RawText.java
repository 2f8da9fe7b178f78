package org.dossier.restore;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Turns the bytes of an OCR file into the raw text that restoration works on and whose offsets
 * every restored unit keeps. UTF-8 is tried first; text that is not valid UTF-8 is read as
 * Windows-1252 when it uses that code page's printable characters in 0x80–0x9F, else as
 * ISO-8859-1. A byte-order mark is dropped and line ends are normalised to {@code \n} (CRLF and
 * lone CR); form feeds are kept, since they mark page breaks. Binary data is refused.
 */
public final class RawText {

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
        EncodingSniffer sniffer = new EncodingSniffer();
        sniffer.feed(bytes, 0, bytes.length);
        Charset charset = sniffer.charset();
        String text = new String(bytes, charset);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        return new Decoded(normaliseLineEnds(text), charset.name());
    }

    /** A file's text opened as a stream, with the name of the encoding it is read as. */
    public record Opened(Reader text, String encoding) {}

    /**
     * Opens a file too large to hold as text read exactly as {@link #decode} would read its bytes:
     * a first pass over the file decides the encoding (binary data is refused from its head, with
     * {@link UnreadableInputException}), the second is the returned reader, which drops a
     * byte-order mark and turns CRLF and lone CR into LF. The caller closes the reader.
     */
    public static Opened open(Path file) throws IOException {
        EncodingSniffer sniffer = new EncodingSniffer();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                sniffer.feed(buffer, 0, n);
            }
        }
        Charset charset = sniffer.charset();
        Reader decoded = new InputStreamReader(new BufferedInputStream(Files.newInputStream(file), 1 << 16), charset);
        return new Opened(new LineEndReader(decoded), charset.name());
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
}
