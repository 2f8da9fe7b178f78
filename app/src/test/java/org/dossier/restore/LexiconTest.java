package org.dossier.restore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class LexiconTest {
    private static final String TEXT = "The inter-\nnational settlement and the Settlement of Manchuria\nthe Manchuria railway";

    /** A lexicon of {@link #TEXT}, its lines counted as the restorer counts them. */
    private static Lexicon lexicon(WordList words) {
        char[] text = TEXT.toCharArray();
        Lexicon lexicon = Lexicon.forText(text);
        int firstEnd = TEXT.indexOf('\n');
        int secondStart = firstEnd + 1;
        int secondEnd = TEXT.indexOf('\n', secondStart);
        lexicon.addLine(text, 0, firstEnd, false, true);
        lexicon.expectJoined(firstEnd - 1, secondStart, secondEnd);
        lexicon.addLine(text, secondStart, secondEnd, true, false);
        lexicon.addLine(text, secondEnd + 1, text.length, false, false);
        lexicon.askAboutJoinedWords(words);
        return lexicon;
    }

    @Test
    void keepsTheWordListsAnswerForAWordJoinedAcrossALineEnd() {
        Lexicon lexicon = lexicon(WordList.of(Set.of("international")));
        WordList empty = WordList.of(Set.of());
        assertTrue(lexicon.listed("International", empty), "answered ahead, kept beside the word");
        assertEquals(0, lexicon.count("international"), "asked about, never counted");
        assertFalse(lexicon.listed("railway", empty), "not asked ahead: asked now");
    }

    @Test
    void answersALongWordByItsRawOffsetAsByItsLetters() {
        WordList words = WordList.of(Set.of("railway"));
        Lexicon lexicon = lexicon(words);
        lexicon.askAboutLongWords(words);
        char[] text = TEXT.toCharArray();
        int settlement = TEXT.indexOf("settlement");
        int manchuria = TEXT.indexOf("Manchuria");
        int railway = TEXT.indexOf("railway");
        // the flow's text may be another array than the raw one: here a copy
        char[] flowed = TEXT.toCharArray();
        assertTrue(lexicon.knownWord(flowed, settlement, settlement + 10, settlement, words), "used twice");
        assertTrue(lexicon.knownWord(flowed, manchuria, manchuria + 9, manchuria, words), "used twice");
        assertTrue(lexicon.knownWord(flowed, railway, railway + 7, railway, words), "listed");
        flowed[railway] = 'R';
        assertTrue(lexicon.knownWord(flowed, railway, railway + 7, railway, words), "case aside, the same word");
        flowed[railway + 1] = 'o';
        assertFalse(lexicon.knownWord(flowed, railway, railway + 7, railway, words), "changed letters are asked as read");
        assertEquals(lexicon.knownWord(text, settlement, settlement + 10, -1, words),
            lexicon.knownWord(text, settlement, settlement + 10, settlement, words), "by its letters as by its offset");
    }
}
