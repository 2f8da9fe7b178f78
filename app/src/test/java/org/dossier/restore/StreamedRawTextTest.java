package org.dossier.restore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file opened as a stream reads exactly as {@link RawText#decode} reads its bytes whole. */
class StreamedRawTextTest {
    @TempDir Path dir;

    private String opened(byte[] bytes) throws IOException {
        Path f = dir.resolve("raw.txt");
        Files.write(f, bytes);
        try (Reader r = RawText.open(f).text()) {
            StringBuilder b = new StringBuilder();
            char[] buf = new char[7];
            for (int n = r.read(buf); n >= 0; n = r.read(buf)) {
                b.append(buf, 0, n);
            }
            return b.toString();
        }
    }

    @Test
    void opensEachEncodingAsDecodeReadsIt() throws IOException {
        byte[][] inputs = {
            "\uFEFFJapan’s “policy” ¬\r\nnext\rline\f\r\n".getBytes(StandardCharsets.UTF_8),
            "Japan’s “policy”\r\n".getBytes(Charset.forName("windows-1252")),
            "Journal de Genève ¬\n".getBytes(StandardCharsets.ISO_8859_1),
            new byte[0]};
        for (byte[] bytes : inputs) {
            assertEquals(RawText.decode(bytes), opened(bytes));
        }
    }

    @Test
    void aByteThatIsNoUtf8FarIntoTheFileDecidesTheEncodingOfTheWhole() throws IOException {
        byte[] bytes = new byte[200_000];
        Arrays.fill(bytes, (byte) 'a');
        for (int i = 80; i < bytes.length; i += 81) {
            bytes[i] = '\n';
        }
        bytes[150_000] = (byte) 0x93; // a Windows-1252 quote, invalid as UTF-8, past the first 64 KiB
        assertEquals("windows-1252", RawText.decodeWithEncoding(bytes).encoding());
        assertEquals(RawText.decode(bytes), opened(bytes));
    }

    @Test
    void refusesBinaryDataFromTheHeadOfTheFile() {
        byte[] bytes = new byte[1 << 20];
        bytes[0] = (byte) 0x89;
        Path f = dir.resolve("image.bin");
        UnreadableInputException e = assertThrows(UnreadableInputException.class, () -> {
            Files.write(f, bytes);
            RawText.open(f);
        });
        assertTrue(e.getMessage().startsWith("binary data"), e.getMessage());
    }

    @Property(tries = 300)
    void theEncodingDecidedChunkByChunkIsTheOneDecidedWhole(@ForAll("bytes") byte[] bytes,
                                                             @ForAll @IntRange(min = 1, max = 9) int chunk) {
        String whole;
        try {
            whole = RawText.decodeWithEncoding(bytes).encoding();
        } catch (UnreadableInputException e) {
            whole = "binary";
        }
        EncodingSniffer sniffer = new EncodingSniffer();
        String chunked;
        try {
            for (int i = 0; i < bytes.length; i += chunk) {
                sniffer.feed(bytes, i, Math.min(chunk, bytes.length - i));
            }
            chunked = sniffer.charset().name();
        } catch (UnreadableInputException e) {
            chunked = "binary";
        }
        assertEquals(whole, chunked);
    }

    @Property(tries = 300)
    void lineEndsAreNormalisedWhereverAReadEnds(@ForAll("texts") String text, @ForAll @IntRange(min = 1, max = 5) int size)
            throws IOException {
        String expected = RawText.normaliseLineEnds(text.startsWith("\uFEFF") ? text.substring(1) : text);
        Reader r = new LineEndReader(new StringReader(text));
        StringBuilder b = new StringBuilder();
        char[] buf = new char[size];
        for (int n = r.read(buf, 0, size); n >= 0; n = r.read(buf, 0, size)) {
            b.append(buf, 0, n);
        }
        assertEquals(expected, b.toString());
    }

    @Provide
    Arbitrary<byte[]> bytes() {
        Arbitrary<Byte> pieces = Arbitraries.of((byte) 'a', (byte) '\n', (byte) 0xE2, (byte) 0x80, (byte) 0x99,
            (byte) 0x93, (byte) 0x81, (byte) 0xC3, (byte) 0xA9, (byte) 0x01, (byte) 0x00, (byte) 0xF0, (byte) 0x9F);
        return pieces.array(byte[].class).ofMaxSize(40);
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars('a', '\r', '\n', '\f', '\uFEFF', '’').ofMaxLength(30);
    }
}
