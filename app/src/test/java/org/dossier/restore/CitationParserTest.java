package org.dossier.restore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Citation grammar on synthetic notes shaped like those of the series, OCR damage included. */
class CitationParserTest {
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};

    private static List<List<Citation>> parse(String... notes) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < notes.length; i++) {
            ids.add("fn-" + (i + 1));
        }
        return new CitationParser().parseTexts(List.of(notes), ids);
    }

    private static Citation only(String note) {
        List<Citation> cs = parse(note).get(0);
        assertEquals(1, cs.size(), cs.toString());
        return cs.get(0);
    }

    @Test
    void aNewspaperWhoseNameTheOcrDamagedIsKeptAsPrinted() {
        Citation c = only("Neiv York Times, May 2G, 1932.");
        assertEquals("Neiv York Times", c.container());
        assertEquals("1932-05-2X", c.date(), "a day digit read as a letter stays unspecified, never guessed");
    }

    @Test
    void ibidAfterADamagedCitationRefersToIt() {
        List<List<Citation>> cs = parse("Louis Fischer, \"Russia and Japan,\" The Nation, May 4, 1932, p. 58.",
            "Neiv York Times, May 2G, 1932.", "Il)id., May 13, 1932. Japan is planning three other lines.");
        assertEquals("fn-2-c1", cs.get(2).get(0).refersTo());
        assertEquals("1932-05-13", cs.get(2).get(0).date());
    }

    @Test
    void twoDaysOfOnePaperAreAnEdtfSet() {
        assertEquals("{1932-01-28,1932-01-29}", only("New York Herald Tribune, January 28 and 29, 1932.").date());
        assertEquals("1932-01-28/1932-01-30", CitationParser.date("Izvestia, January 28-30, 1932"));
        assertNull(CitationParser.date("Izvestia, January 29 and 28, 1932"), "a range that runs backwards is no date");
    }

    @Test
    void aShortReferenceIsReadWhateverItsCase() {
        Citation c = only("Official Soviet communique, Izvestia, February 29, 1932.");
        assertEquals("Izvestia", c.container());
        assertEquals("1932-02-29", c.date());
    }

    @Test
    void anAuthorSetOffByAFullStopKeepsTheQuotedTitle() {
        Citation c = only("Tokichi Tanaka. \"Soviet-Japanese Relations, Contemporary Japan, June 1932, p. 16.");
        assertEquals("Tokichi Tanaka", c.author());
        assertEquals("Soviet-Japanese Relations", c.title());
        assertEquals("Contemporary Japan", c.container());
        assertEquals("16", c.pages());
    }

    @Test
    void aDoubleNameWhoseCapitalTheOcrLostIsStillTheAuthor() {
        List<List<Citation>> cs = parse("Wheeler-Bennett, Documents on International Affairs, 1929, London, 1930, p. 12.",
            "wheeler-Bennett, Documents on International Affairs , 1929, cited, p. 281.");
        Citation c = cs.get(1).get(0);
        assertEquals("wheeler-Bennett", c.author());
        assertEquals("fn-1-c1", c.refersTo());
        assertEquals("281", c.pages());
    }

    @Test
    void aTranslatedTitleIsNoContainerAndIbidAsContainerNamesTheJournalBefore() {
        List<Citation> cs = parse("G. Voltin, \"Dalnii Vostok\" (The Far East), Bolshevik, March 31, 1932, p. 42;"
            + " I. Volk, \"Iaponia na Arene\" (Japan on the Scene), JTbid., April 5, 1932, p. 61.").get(0);
        assertEquals(2, cs.size());
        assertEquals("Bolshevik", cs.get(0).container());
        assertEquals("Bolshevik", cs.get(1).container());
        assertEquals(cs.get(0).id(), cs.get(1).refersTo());
        assertEquals("I. Volk", cs.get(1).author());
    }

    @Test
    void aPublishersImprintIsNoContainer() {
        Citation c = only("China granted permission for the construction of a railway through the north, which was"
            + " to be built by a private corporation. (John V. A. MacMurray, Treaties and Agreements with China,"
            + " New York, Oxford University Press, two volumes, Vol. I, p. 81.)");
        assertEquals("John V. A. MacMurray", c.author());
        assertEquals("Treaties and Agreements with China", c.title());
        assertNull(c.container());
        assertEquals("81", c.pages());
    }

    @Test
    void commentaryWithADateIsNoCitation() {
        assertTrue(parse("On May 31, 1924 the Soviet Union and China concluded two agreements which were"
            + " to settle the fate of the railway.").get(0).isEmpty());
    }

    @Property
    void aPaperAndAFullDateAreReadBack(@ForAll("papers") String paper, @ForAll @IntRange(min = 0, max = 11) int month,
                                       @ForAll @IntRange(min = 1, max = 28) int day,
                                       @ForAll @IntRange(min = 1900, max = 1945) int year) {
        Citation c = only(paper + ", " + MONTHS[month] + " " + day + ", " + year + ".");
        assertEquals(paper, c.container());
        assertEquals(String.format("%d-%02d-%02d", year, month + 1, day), c.date());
    }

    @Property
    void aDayDigitReadAsALetterIsNeverGuessed(@ForAll @IntRange(min = 0, max = 11) int month,
                                              @ForAll @IntRange(min = 1, max = 2) int tens,
                                              @ForAll("digitLike") char letter) {
        String date = CitationParser.date(MONTHS[month] + " " + tens + letter + ", 1932");
        assertEquals(String.format("1932-%02d-%dX", month + 1, tens), date);
    }

    @Property
    void ibidAlwaysRefersToTheLastFullCitation(@ForAll @IntRange(min = 1, max = 5) int ibids,
                                               @ForAll("papers") String paper) {
        List<String> notes = new ArrayList<>();
        notes.add(paper + ", March 3, 1931, p. 4.");
        for (int i = 0; i < ibids; i++) {
            notes.add((i % 2 == 0 ? "Ibid., p. " : "JTbid., p. ") + (5 + i) + ".");
        }
        String[] texts = notes.toArray(String[]::new);
        List<List<Citation>> cs = parse(texts);
        for (int i = 1; i < cs.size(); i++) {
            assertEquals("fn-1-c1", cs.get(i).get(0).refersTo());
        }
    }

    @Provide
    Arbitrary<String> papers() {
        Arbitrary<String> word = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(3).ofMaxLength(8)
            .map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1));
        return Combinators.combine(word, word).as((a, b) -> a + " " + b)
            .filter(s -> !s.matches(".*\\b(?:Ibid|Vol|No|Cf|See)\\b.*"));
    }

    @Provide
    Arbitrary<Character> digitLike() {
        return Arbitraries.of('G', 'S', 'O', 'l', 'I', 'B', 'Z');
    }
}
