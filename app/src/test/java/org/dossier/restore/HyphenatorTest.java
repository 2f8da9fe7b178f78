package org.dossier.restore;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class HyphenatorTest {
    private static final WordList WORDS = WordList.of(Set.of("november", "situation", "fluence", "influence", "denied"));

    private static Hyphenator withDocument(String... lines) {
        Lexicon lexicon = new Lexicon();
        for (String l : lines) {
            lexicon.addLine(l, false, false);
        }
        return new Hyphenator(lexicon, WORDS);
    }

    @Test
    void notSignBreakJoinsAWord() {
        assertTrue(withDocument().decide("in", "fluence", true).join());
    }

    @Test
    void notSignKeepsTheHyphenTheDocumentPrintsElsewhere() {
        Hyphenator h = withDocument("a non-aggression pact was proposed", "the non-aggression pact");
        assertFalse(h.decide("non", "aggression", true).join());
    }

    @Test
    void plainHyphenBeforeACapitalIsReal() {
        assertFalse(withDocument().decide("Trans", "Siberian", false).join());
    }

    @Test
    void plainHyphenAfterAPrefixIsReal() {
        assertFalse(withDocument().decide("non", "observance", false).join());
    }

    @Test
    void plainHyphenJoinsANameTheDocumentSpellsWhole() {
        assertTrue(withDocument("M. Karakhan replied that").decide("Ka", "rakhan", false).join());
    }

    @Test
    void plainHyphenJoinsAWordTheWordListKnows() {
        assertTrue(withDocument().decide("No", "vember", false).join());
        assertTrue(withDocument().decide("situa", "tion", false).join());
    }

    @Test
    void plainHyphenWithoutEvidenceStays() {
        assertFalse(withDocument().decide("Shu", "tseng", false).join());
    }

    @Test
    void whereEveryBreakIsAPlainHyphenABrokenWordJoinsWithoutTheWordList() {
        Hyphenator h = new Hyphenator(new Lexicon(), WORDS, false);
        assertTrue(h.decide("gov", "emment", false).join(), "OCR damage in a broken word");
        assertFalse(h.decide("Anglo", "Egyptian", false).join());
        assertFalse(h.decide("non", "belligerency", false).join());
    }

    @Test
    void evidenceIsRecorded() {
        String why = withDocument("the non-aggression pact").decide("non", "aggression", true).evidence();
        assertTrue(why.contains("non-aggression"), why);
    }
}
