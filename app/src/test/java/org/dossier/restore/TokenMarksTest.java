package org.dossier.restore;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The tokens the bit operations find are the runs of letters and digits a char-by-char scan finds. */
class TokenMarksTest {
    /** A token to read again, as {@code [start, end)} and whether it holds a digit or a digit's shape. */
    private record Token(int start, int end, boolean marked) {}

    @Property(tries = 3000)
    void findsTheLongAndTheMarkedTokensAScanFinds(@ForAll("texts") String text) {
        assertEquals(scanned(text), found(text, new TokenMarks()), text);
    }

    @Test
    void forgetsTheTextReadBefore() {
        TokenMarks marks = new TokenMarks();
        found("a".repeat(200) + " 1931 Manchuria", marks);
        assertEquals(List.of(new Token(0, 4, true), new Token(5, 13, false)), found("1931 Chinchow x", marks));
        assertEquals(List.of(), found("", marks));
    }

    @Test
    void readsTokensAcrossTheEdgesOfWords() {
        String text = " ".repeat(60) + "Manchuria" + " ".repeat(62) + "Z" + "x".repeat(130) + " S0";
        assertEquals(scanned(text), found(text, new TokenMarks()));
        assertEquals(3, found(text, new TokenMarks()).size(), "Manchuria, a word of 131 chars opening with a Z, and S0");
    }

    private static List<Token> found(String text, TokenMarks marks) {
        char[] t = text.toCharArray();
        marks.read(t, t.length);
        List<Token> out = new ArrayList<>();
        for (int s = marks.nextToRead(0); s < t.length; ) {
            int e = marks.end(s);
            out.add(new Token(s, e, marks.marked(s, e)));
            s = marks.nextToRead(e);
        }
        return out;
    }

    private static List<Token> scanned(String text) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            while (i < text.length() && !Chars.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            int s = i;
            boolean marked = false;
            while (i < text.length() && Chars.isLetterOrDigit(text.charAt(i))) {
                marked |= Chars.isDigit(text.charAt(i)) || Corrector.isDigitShape(text.charAt(i));
                i++;
            }
            if (i > s && (i - s >= TokenMarks.LONG || marked)) {
                out.add(new Token(s, i, marked));
            }
        }
        return out;
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> parts = Arbitraries.of("a", "word", "Manchuria", "railway", " ", "  ", ".", ",", "-", "19S1", "SO",
            "O", "I", "B", "Z", "7", "1932", "é", "ß", "٣", "\u00A0", "\n", "x".repeat(63), "y".repeat(70), "Soviet", "¬");
        return parts.list().ofMaxSize(30).map(p -> String.join("", p));
    }
}
