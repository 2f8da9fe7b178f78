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
        assertEquals("1932-01-28/1932-01-30", PrintedDates.date("Izvestia, January 28-30, 1932"));
        assertNull(PrintedDates.date("Izvestia, January 29 and 28, 1932"), "a range that runs backwards is no date");
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

    @Test
    void twoPapersCitedWithOneDateAreOneCitationEach() {
        String note = "New York Times, and New York Herald Tribune, November 10, 1931.";
        List<Citation> cs = parse(note, "Ibid., November 11, 1931.").get(0);
        assertEquals(2, cs.size(), cs.toString());
        assertEquals("New York Times", cs.get(0).container());
        assertEquals("New York Times", cs.get(0).raw(), "each raw is its own part of the note");
        assertEquals("New York Herald Tribune", cs.get(1).container());
        assertEquals("New York Herald Tribune, November 10, 1931", cs.get(1).raw());
        assertEquals(List.of("1931-11-10", "1931-11-10"), cs.stream().map(Citation::date).toList());
        assertEquals(List.of("fn-1-c1", "fn-1-c2"), cs.stream().map(Citation::id).toList());
        assertEquals("fn-1-c2", parse(note, "Ibid., November 11, 1931.").get(1).get(0).refersTo(),
            "Ibid. after several papers means the last one named");
    }

    @Test
    void threePapersInASerialListShareTheirDateAndPages() {
        List<Citation> cs = parse("New York Times, Pravda, and Christian Science Monitor, October 30, 1931, p. 2.").get(0);
        assertEquals(List.of("New York Times", "Pravda", "Christian Science Monitor"),
            cs.stream().map(Citation::container).toList());
        assertTrue(cs.stream().allMatch(c -> "1931-10-30".equals(c.date()) && "2".equals(c.pages())));
    }

    @Test
    void papersNamedBeforeASemicolonTakeTheDateAfterIt() {
        List<Citation> cs = parse("Pravda; Izvestia, May 4, 1932.").get(0);
        assertEquals(List.of("Pravda", "Izvestia"), cs.stream().map(Citation::container).toList());
        assertEquals(List.of("Pravda", "Izvestia, May 4, 1932"), cs.stream().map(Citation::raw).toList());
        assertEquals("1932-05-04", cs.get(0).date());
    }

    @Test
    void aNameHoldingAndIsOnePaperUnlessEachHalfIsCitedAlone() {
        assertEquals("North China Daily News and Herald", only("North China Daily News and Herald, May 4, 1932.").container());
        List<List<Citation>> cs = parse("Pravda, May 1, 1932.", "Izvestia, May 2, 1932.", "Pravda and Izvestia, May 4, 1932.");
        assertEquals(List.of("Pravda", "Izvestia"), cs.get(2).stream().map(Citation::container).toList());
        assertEquals(List.of("Pravda", "Izvestia, May 4, 1932"), cs.get(2).stream().map(Citation::raw).toList());
    }

    @Test
    void twoPapersWithoutAndAreSplitOnlyWhereEachIsCitedAlone() {
        List<List<Citation>> cs = parse("Pravda, May 1, 1932.", "Izvestia, May 2, 1932.", "Pravda, Izvestia, May 4, 1932.",
            "Official Soviet communique, Izvestia, May 5, 1932.");
        assertEquals(List.of("Pravda", "Izvestia"), cs.get(2).stream().map(Citation::container).toList());
        assertEquals("Official Soviet communique", only4(cs.get(3)).title(), "a title never cited alone stays the title");
    }

    private static Citation only4(List<Citation> cs) {
        assertEquals(1, cs.size(), cs.toString());
        return cs.get(0);
    }

    @Test
    void aCorrespondentCitedBeforeIsNoPaper() {
        List<List<Citation>> cs = parse("Hallett Abend, New York Times, May 1, 1932.",
            "Hallett Abend, New York Times, and New York Herald Tribune, May 3, 1932.");
        assertEquals(List.of("New York Times", "New York Herald Tribune"), cs.get(1).stream().map(Citation::container).toList());
        assertTrue(cs.get(1).stream().allMatch(c -> "Hallett Abend".equals(c.author())));
    }

    @Test
    void aBookCitedByPlaceAndYearAloneIsAReference() {
        Citation c = only("S. Ronin, Innostrannyi Kapital i Russkie Banki (Foreign Capital and Russian Banks), Moscow, 1926.");
        assertEquals("S. Ronin", c.author());
        assertEquals("Innostrannyi Kapital i Russkie Banki", c.title(), "the translation is no part of the title");
        assertEquals("Moscow", c.place());
        assertNull(c.publisher());
        assertNull(c.container());
        assertEquals("1926", c.date());
    }

    @Test
    void aBooksImprintGivesPlaceAndPublisher() {
        Citation paren = only("Louis Fischer, The Soviets in World Affairs (New York, Cape and Smith, 1930, two volumes), Vol. II, p. 531.");
        assertEquals("New York", paren.place());
        assertEquals("Cape and Smith", paren.publisher());
        assertEquals("1930", paren.date());
        Citation runOn = only("Treaties with China, 1919-1929, Washington, Carnegie Endowment for International Peace, 1929, p. 133.");
        assertEquals("Treaties with China", runOn.title());
        assertEquals("Washington", runOn.place());
        assertEquals("Carnegie Endowment for International Peace", runOn.publisher());
        assertEquals("1929", runOn.date());
        Citation noPlace = only("Survey of International Affairs, Oxford University Press, 1931.");
        assertNull(noPlace.place());
        assertEquals("Oxford University Press", noPlace.publisher());
        assertEquals("1931", noPlace.date());
        Citation chapter = only("Louis Fischer, \"Russia and Japan.\" Machines and Men (New York, Harrison Smith, 1932), p. 58.");
        assertEquals("Machines and Men", chapter.container(), "the book holding a chapter, without its imprint");
        assertEquals("Harrison Smith", chapter.publisher());
    }

    @Test
    void aYearInProseOrATitlesOwnYearIsNoBook() {
        assertTrue(parse("In 1926 it was reorganized into the Far Eastern Region of the Union, and its capital moved"
            + " to Khabarovsk, 1926.").get(0).isEmpty());
        Citation cited = only("Wheeler-Bennett, Documents on International Affairs, 1929, cited, p. 281.");
        assertNull(cited.place());
        assertTrue(parse("Cf. The China Year Book, 1931.").get(0).isEmpty(), "a title and its year name no place");
    }

    @Test
    void aDateTheOcrSetOffWithAFullStopStaysWithItsPaper() {
        Citation c = only("New York Herald Tribune. October 28, 1931.");
        assertEquals("New York Herald Tribune", c.container());
        assertEquals("1931-10-28", c.date());
    }

    @Test
    void quotesTheOcrReadAsPairsOfSingleQuotesStillMarkTheTitle() {
        Citation pairs = only("Cf. J. F. Green, ‘‘The British Dominions at War,\"’ Foreign Policy Reports, February 1, 1940.");
        assertEquals("J. F. Green", pairs.author());
        assertEquals("The British Dominions at War", pairs.title());
        assertEquals("Foreign Policy Reports", pairs.container());
        Citation glyph = only("See L. K. Rosi *“Chinese-Soviet Pact Fosters Unity in Far East,'’ Foreign Policy Bulletin, August 31, 1945.");
        assertEquals("L. K. Rosi", glyph.author(), "a stray glyph before the quote is no part of the name");
        assertEquals("Chinese-Soviet Pact Fosters Unity in Far East", glyph.title());
        assertEquals("Foreign Policy Bulletin", glyph.container());
        Citation star = only("“Novaya Polossa v Manchurii’* (A New Series in Manchuria), Izvestia, April 15, 1932.");
        assertEquals("Novaya Polossa v Manchurii", star.title());
        assertEquals("Izvestia", star.container());
        assertEquals("Japan’s Foreign Policy", only("T. A. Bisson, “Japan’s Foreign Policy,” Foreign Policy Reports, May 1, 1936.").title(),
            "an apostrophe inside a title closes nothing");
    }

    @Test
    void aTitleWhoseOpeningQuoteWasLostEndsAtItsClosingQuote() {
        Citation c = only("See, for example, Japan Is not Stronger than Germany,’’ January 22, 1943.");
        assertEquals("Japan Is not Stronger than Germany", c.title());
        assertNull(c.container(), "an article of the same periodical: no container printed");
        assertEquals("Japan Is not Stronger than Germany,’’ January 22, 1943", c.raw(), "the lead words are no part of it");
        assertEquals("1943-01-22", c.date());
    }

    @Property(tries = 500)
    void lettersKeepWhatTheLetterPatternsKeep(@ForAll String s) {
        assertEquals(s.replaceAll("[^\\p{L}]", ""), CitationParser.letters(s));
        assertEquals(s.replaceAll("[^\\p{L}\\d]", ""), CitationParser.lettersAndDigits(s));
    }

    @Property
    void papersInASerialListAreReadBackInOrder(@ForAll("papers") String a, @ForAll("papers") String b,
                                               @ForAll @IntRange(min = 0, max = 11) int month,
                                               @ForAll @IntRange(min = 1, max = 28) int day) {
        String note = a + ", and " + b + ", " + MONTHS[month] + " " + day + ", 1931.";
        List<Citation> cs = only2(note);
        assertEquals(List.of(a, b), cs.stream().map(Citation::container).toList());
        assertEquals(a, cs.get(0).raw());
        assertTrue(note.startsWith(cs.get(0).raw()) && note.indexOf(cs.get(1).raw()) > a.length(),
            "each raw is its own part of the note, in order");
        assertEquals(cs.get(0).date(), cs.get(1).date());
    }

    @Property
    void aBookByPlaceAndYearIsReadBack(@ForAll("papers") String title, @ForAll("papers") String place,
                                       @ForAll @IntRange(min = 1800, max = 1945) int year) {
        Citation c = only("J. Smith, " + title + ", " + place + ", " + year + ".");
        assertEquals("J. Smith", c.author());
        assertEquals(title, c.title());
        assertEquals(place, c.place());
        assertEquals(String.valueOf(year), c.date());
    }

    private static List<Citation> only2(String note) {
        List<Citation> cs = parse(note).get(0);
        assertEquals(2, cs.size(), cs.toString());
        return cs;
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
        String date = PrintedDates.date(MONTHS[month] + " " + tens + letter + ", 1932");
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
            // a month's name before a year ("Aaa May, 1932") is a date however the words around it read
            .filter(s -> !s.matches(".*\\b(?:Ibid|Vol|No|Cf|See|" + String.join("|", MONTHS) + ")\\b.*"));
    }

    @Provide
    Arbitrary<Character> digitLike() {
        return Arbitraries.of('G', 'S', 'O', 'l', 'I', 'B', 'Z');
    }

    @Property(tries = 2000)
    void aDayDateReadFromItsPartsIsTheDateReadFromItsText(@ForAll @IntRange(min = 0, max = 11) int month,
                                                          @ForAll("printedDays") String day,
                                                          @ForAll @IntRange(min = 1500, max = 1999) int year,
                                                          @ForAll boolean capitals) {
        String name = capitals ? MONTHS[month].toUpperCase(java.util.Locale.ROOT) : MONTHS[month];
        assertEquals(PrintedDates.date(MONTHS[month] + " " + day + ", " + year),
            PrintedDates.dayDate(name, day, String.valueOf(year)), name + " " + day + ", " + year);
    }

    @Provide
    Arbitrary<String> printedDays() {
        return Arbitraries.strings().withCharRange('0', '9').ofMinLength(1).ofMaxLength(2);
    }

    @Property(tries = 3000)
    void aMarkSoughtFromItsLiteralIsTheFirstMatch(@ForAll("markTexts") String text) {
        Object[][] marks = {{CitationParser.PAGES, CitationParser.PAGES_NEEDS}, {CitationParser.VOLUME, CitationParser.VOLUME_NEEDS},
            {CitationParser.NUMBER, CitationParser.NUMBER_NEEDS}, {CitationParser.CITED, "cited"}};
        for (Object[] mark : marks) {
            java.util.regex.Pattern p = (java.util.regex.Pattern) mark[0];
            java.util.regex.Matcher everywhere = p.matcher(text);
            java.util.regex.Matcher found = CitationParser.found(p, (String) mark[1], text);
            assertEquals(everywhere.find() ? everywhere.start() : -1, found == null ? -1 : found.start(), p + " in [" + text + "]");
        }
    }

    @Provide
    Arbitrary<String> markTexts() {
        Arbitrary<String> parts = Arbitraries.of("p.", "pp.", "p", ".", " ", "  ", "\t", ",", "12", "-", "and", "Vol", "Vol.",
            "No", "No.", "XV", "cited", "recited", "x", "a", "op. cit.", "et seq.");
        return parts.list().ofMaxSize(10).map(p -> String.join("", p));
    }

    @Property(tries = 500)
    void wordCountIsTheNumberOfPartsSplittingAtSpacesGives(
            @ForAll("spacedTexts") String text) {
        assertEquals(CitationParser.SPACES.split(text).length, CitationParser.wordCount(text), "[" + text + "]");
    }

    @Provide
    Arbitrary<String> spacedTexts() {
        return Arbitraries.strings().withChars(' ', '\t', '\n', '\u000B', '\f', '\r', '\u00A0', 'a', 'B', ',', '1')
            .ofMaxLength(12);
    }
}
