package org.dossier.restore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The flagship report, bundled as a resource: what issue 2 asks of it. */
class FlagshipRestoreTest {
    private static String raw;
    private static Edition edition;
    private static Map<String, Footnote> notes;

    @BeforeAll
    static void restore() {
        raw = Fixtures.flagship();
        edition = Restorer.standard().restore(raw);
        notes = edition.footnotes().stream().collect(Collectors.toMap(Footnote::label, Function.identity()));
    }

    @Test
    void findsEveryPageWithItsPrintedNumber() {
        assertEquals(List.of(136, 137, 138, 139, 140, 141, 142, 143, 144, 145, 146),
            edition.pages().stream().map(Page::number).toList());
        assertEquals(List.of(136, 144, 146), edition.pages().stream().filter(Page::numberInferred).map(Page::number).toList());
        assertEquals(1, edition.pages().get(0).startLine());
        for (int i = 1; i < edition.pages().size(); i++) {
            assertEquals(edition.pages().get(i - 1).endLine() + 1, edition.pages().get(i).startLine());
        }
    }

    @Test
    void leavesNoRunningHeadOrMastheadInTheBody() {
        for (Paragraph p : edition.paragraphs()) {
            assertFalse(p.text().contains("Japan in the Far East"), p.id());
            assertFalse(p.text().matches(".*August 17 ?, 1932.*"), p.id());
            assertFalse(p.text().contains("Published bi-weekly"), p.id());
        }
        for (Footnote f : edition.footnotes()) {
            assertFalse(f.text().contains("Published bi-weekly"), f.id());
        }
    }

    @Test
    void readsTheMetadata() {
        Metadata m = edition.metadata();
        assertEquals("The Soviet Union and Japan in the Far East", m.title());
        assertEquals("Vera Micheles Dean", m.author());
        assertEquals("Foreign Policy Reports", m.series());
        assertEquals("VIII", m.volume());
        assertEquals("12", m.number());
        assertEquals("1932-08-17", m.date());
        assertEquals("FOREIGN POLICY ASSOCIATION", m.publisher());
        assertEquals("25 cents", m.price());
    }

    @Test
    void separatesAllFootnotesWhateverTheirLabel() {
        assertEquals(86, edition.footnotes().size());
        assertTrue(notes.containsKey("6a"));
        assertTrue(notes.containsKey("72a"));
        assertTrue(notes.containsKey("84"));
        assertTrue(notes.get("2").text().contains("merged with the Banque du Nord"), "a note continued in the next column");
        assertTrue(notes.get("31").text().endsWith("April 5, 1932, p. 61."), notes.get("31").text());
    }

    @Test
    void linksNearlyEveryFootnoteDespiteGarbledMarkers() {
        long linked = edition.footnotes().stream().filter(f -> f.marker() != null).count();
        assertTrue(linked >= 83, "linked " + linked);
        assertEquals("8", notes.get("3").marker().raw(), "3 printed as 8");
        assertEquals("*", notes.get("4").marker().raw());
        assertEquals("6a", notes.get("6a").marker().raw());
        assertEquals("81", notes.get("31").marker().raw(), "31 printed as 81");
        assertNotNull(notes.get("14").marker());
        String text = paragraph(notes.get("1").marker().paragraph()).text();
        assertTrue(text.substring(0, notes.get("1").marker().offset()).endsWith("sphere of influence,"), text);
    }

    @Test
    void whereMarkersAreLostTheDayANoteCitesDecidesWhichMarkerIsItsOwn() {
        // Notes 42-47 cite newspapers of 28 October to 15 November 1931; the OCR kept only two of
        // their markers, both as quote marks: after the sentence on Izvestia of November 4 and the
        // one on the reports cited from November 10. Order alone would give them to notes 42 and 43.
        String before44 = paragraph(notes.get("44").marker().paragraph()).text()
            .substring(0, notes.get("44").marker().offset());
        assertTrue(before44.contains("On November 4 Izvestia declared"), before44);
        assertNotNull(notes.get("45").marker());
        assertNull(notes.get("42").marker(), "note 42's marker is lost in the OCR");
        assertNull(notes.get("43").marker(), "note 43's marker is lost in the OCR");
    }

    @Test
    void aQuoteAfterAWordOpensNoQuotationSoTheNextClosingQuoteCanBeAMarker() {
        // "activities in Manchuria,\" and …": the straight quote is note 45's marker, not the
        // opening of a quotation that the curly quote after "international army," would close
        String before46 = paragraph(notes.get("46").marker().paragraph()).text()
            .substring(0, notes.get("46").marker().offset());
        assertTrue(before46.endsWith("organized as an international army,"), before46);
    }

    @Test
    void resolvesHyphenationOnEvidence() {
        String body = edition.paragraphs().stream().map(Paragraph::text).collect(Collectors.joining(" "));
        assertTrue(body.contains("Japan’s reluctance to consider a non-aggression pact"));
        assertTrue(body.contains("M. Karakhan on October 29"));
        assertTrue(body.contains("the Trans-Siberian Railway"));
        assertTrue(body.contains("the Soviet government’s non-observance"));
        assertTrue(body.contains("capitulated on November 26"));
        assertTrue(body.contains("Russia’s sphere of influence, and"));
        assertFalse(body.contains("¬"));
    }

    @Test
    void joinsWordsBrokenAtAHyphenTheOcrReadForANotSignButKeepsANamesSyllables() {
        String notesAndBody = edition.paragraphs().stream().map(Paragraph::text).collect(Collectors.joining(" "))
            + edition.footnotes().stream().map(Footnote::text).collect(Collectors.joining(" "));
        assertTrue(notesAndBody.contains("forces of linperialist cliques"), "OCR damage kept, the break joined");
        assertTrue(notesAndBody.contains("G. Voltinskii, E. Iolk"));
        assertTrue(notesAndBody.contains("Jfachines and Men in Russia"));
        assertTrue(notesAndBody.contains("General Hsu Shu-tseng dispatched"));
    }

    @Test
    void rejoinsParagraphsAcrossColumnsAndPages() {
        String body = edition.paragraphs().stream().map(Paragraph::text).collect(Collectors.joining("\n"));
        assertTrue(body.contains("still fresh in the Soviet Union. The avowed purpose"));
        assertTrue(body.contains("but denied that it had any designs"));
    }

    @Test
    void parsesCitationsAndResolvesIbidAndCited() {
        Citation yakhontoff = notes.get("1").citations().get(0);
        assertEquals("Victor A. Yakhontoff", yakhontoff.author());
        assertEquals("Russia and the Soviet Union in the Far East", yakhontoff.title());
        assertEquals("1931", yakhontoff.date());
        assertEquals("375 and 377", yakhontoff.pages());
        Citation c33 = notes.get("33").citations().get(1);
        assertEquals("New York Herald Tribune", c33.container());
        assertEquals("1931-09-22", c33.date());
        assertEquals(notes.get("34").citations().get(0).id(), notes.get("35").citations().get(0).refersTo());
        assertEquals(notes.get("7").citations().get(0).id(), notes.get("8").citations().get(0).refersTo());
        assertEquals(notes.get("30").citations().get(0).id(), notes.get("31").citations().get(0).refersTo());
    }

    @Test
    void splitsPapersCitedWithOneDateAndReadsABookByPlaceAndYear() {
        List<Citation> n45 = notes.get("45").citations();
        assertEquals(2, n45.size(), n45.toString());
        assertEquals("New York nerald Tribune", n45.get(1).container(), "kept as printed");
        assertTrue(n45.stream().allMatch(c -> "1931-11-10".equals(c.date())));
        assertEquals(3, notes.get("43").citations().size(), "three papers, one date");
        Citation ronin = notes.get("2").citations().stream().filter(c -> "S. Ronin".equals(c.author())).findFirst().orElseThrow();
        assertEquals("Moscow", ronin.place());
        assertEquals("1926", ronin.date());
        assertEquals("New York Herald Tribune", notes.get("42").citations().get(0).container());
    }

    @Test
    void proposesCorrectionsWithoutRewriting() {
        List<Correction> c = edition.corrections();
        assertTrue(c.stream().anyMatch(x -> x.original().equals("SO") && x.proposed().equals("80")));
        assertTrue(c.stream().anyMatch(x -> x.original().equals("Infomnation") && x.proposed().equals("Information")));
        assertTrue(notes.get("6").text().contains("Infomnation"), "the text keeps what the OCR read");
        for (Correction x : c) {
            assertEquals(x.original(), raw.substring(x.rawOffset(), x.rawOffset() + x.original().length()));
        }
    }

    @Test
    void everySpanLeadsBackToTheRawText() {
        EditionInvariants.check(raw, edition);
    }

    @Test
    void isRepeatable() {
        assertEquals(edition, Restorer.standard().restore(raw));
    }

    private static Paragraph paragraph(String id) {
        return edition.paragraphs().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }
}
