package org.dossier.restore;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
    void plainHyphenBeforeALowerCaseNonWordJoinsWhereTheDocumentMarksBreaksWithNotSigns() {
        Hyphenator h = new Hyphenator(new Lexicon(), WordList.of(Set.of("lin", "observance")), true);
        assertTrue(h.decide("Voltin", "skii", false).join(), "a name broken by the printer");
        assertTrue(h.decide("Jfa", "chines", false).join(), "an OCR-damaged word broken by the printer");
        assertTrue(h.decide("lin", "perialist", false).join(), "the left part may happen to be a word");
    }

    @Test
    void plainHyphenKeepsARomanisedNamesSyllablesAndACompoundAfterAPrefix() {
        Hyphenator h = new Hyphenator(new Lexicon(), WordList.of(Set.of("observance")), true);
        assertFalse(h.decide("Shu", "tseng", false).join());
        assertFalse(h.decide("Hsueh", "liang", false).join());
        assertFalse(h.decide("non", "obscrvance", false).join(), "a damaged second half after a prefix");
        assertFalse(h.decide("Trans", "Siberian", false).join());
    }

    @Test
    void plainHyphenBeforeAWordTheDocumentUsesStays() {
        Lexicon lexicon = new Lexicon();
        lexicon.addLine("the tseng dynasty and its tseng rulers", false, false);
        assertFalse(new Hyphenator(lexicon, WORDS, true).decide("Voltin", "tseng", false).join());
    }

    @Test
    void syllablesAreRunsOfVowels() {
        assertEquals(1, Hyphenator.syllables("Shu"));
        assertEquals(1, Hyphenator.syllables("tseng"));
        assertEquals(2, Hyphenator.syllables("Voltin"));
        assertEquals(2, Hyphenator.syllables("chines"));
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
