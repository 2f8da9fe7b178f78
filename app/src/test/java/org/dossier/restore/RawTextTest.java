package org.dossier.restore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RawTextTest {

    @Test
    void readsUtf8AsIs() {
        RawText.Decoded d = RawText.decodeWithEncoding("Japan’s “policy” ¬".getBytes(StandardCharsets.UTF_8));
        assertEquals("Japan’s “policy” ¬", d.text());
        assertEquals("UTF-8", d.encoding());
    }

    @Test
    void detectsWindows1252ByItsQuotes() {
        byte[] bytes = "Japan’s “policy”".getBytes(Charset.forName("windows-1252"));
        RawText.Decoded d = RawText.decodeWithEncoding(bytes);
        assertEquals("Japan’s “policy”", d.text());
        assertEquals("windows-1252", d.encoding());
    }

    @Test
    void fallsBackToLatin1() {
        byte[] bytes = "Journal de Genève ¬".getBytes(StandardCharsets.ISO_8859_1);
        RawText.Decoded d = RawText.decodeWithEncoding(bytes);
        assertEquals("Journal de Genève ¬", d.text());
        assertEquals("ISO-8859-1", d.encoding());
    }

    @Test
    void normalisesCrlfAndLoneCrButKeepsFormFeeds() {
        assertEquals("a\nb\nc\f\nd", RawText.decode("a\r\nb\rc\f\r\nd".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void dropsByteOrderMark() {
        assertEquals("text", RawText.decode("\uFEFFtext".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void refusesBinaryWithAClearMessage() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d};
        UnreadableInputException e = assertThrows(UnreadableInputException.class, () -> RawText.decode(png));
        assertTrue(e.getMessage().startsWith("binary data"), e.getMessage());
    }

    @Test
    void acceptsEmptyInput() {
        assertEquals("", RawText.decode(new byte[0]));
    }
}
