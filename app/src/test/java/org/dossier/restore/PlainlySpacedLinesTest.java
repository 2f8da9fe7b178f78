package org.dossier.restore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class PlainlySpacedLinesTest {
    @Test
    void wordsBetweenSingleSpacesArePlainAndAnythingElseIsNot() {
        SourceLines lines = new SourceLines("  The Chinese Eastern Railway.  \nTwo  spaces\nA\ttab\nA | rule\nno\u00A0break\nbroken ¦ bar\n");
        assertTrue(lines.isPlainlySpaced(0));
        assertFalse(lines.isPlainlySpaced(1));
        assertFalse(lines.isPlainlySpaced(2));
        assertFalse(lines.isPlainlySpaced(3));
        assertFalse(lines.isPlainlySpaced(4));
        assertFalse(lines.isPlainlySpaced(5));
    }

    @Provide
    Arbitrary<String> lines() {
        return Arbitraries.strings().withChars('a', 'B', '.', ' ', ' ', ' ', '\t', '|', '¦', '\u00A0', '’')
            .ofMinLength(1).ofMaxLength(14);
    }

    @Property(tries = 800)
    void aPlainlySpacedLineGoesInVerbatimAsItWouldCharByChar(@ForAll("lines") String line, @ForAll boolean afterSpace) {
        SourceLines lines = new SourceLines(line);
        if (lines.count() == 0 || lines.isBlank(0) || !lines.isPlainlySpaced(0)) {
            return;
        }
        int s = lines.trimmedStart(0);
        int e = lines.trimmedEnd(0);
        char[] raw = lines.chars();
        TextDraft charByChar = draftAfter(afterSpace);
        charByChar.appendRaw(raw, s, e);
        TextDraft verbatim = draftAfter(afterSpace);
        verbatim.appendVerbatim(raw, s, e);
        assertEquals(charByChar.toString(), verbatim.toString());
        assertEquals(offsets(charByChar), offsets(verbatim));
    }

    /** A draft holding some text already, ending in a space or not. */
    private static TextDraft draftAfter(boolean space) {
        TextDraft d = new TextDraft();
        char[] before = "Before".toCharArray();
        d.appendRaw(before, 0, before.length);
        if (space) {
            d.appendSeparator();
        }
        return d;
    }

    private static List<Integer> offsets(TextDraft d) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < d.length(); i++) {
            out.add(d.rawAt(i));
        }
        return out;
    }
}
