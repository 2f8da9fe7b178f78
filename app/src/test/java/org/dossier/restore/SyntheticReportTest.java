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

/** A small hand-made report that exercises each rule once: its structure, not the flagship's strings. */
class SyntheticReportTest {
    private static String raw;
    private static Edition edition;
    private static Map<String, Footnote> notes;

    @BeforeAll
    static void restore() {
        raw = Fixtures.text("restore/synthetic-report.txt");
        edition = Restorer.standard().restore(raw);
        notes = edition.footnotes().stream().collect(Collectors.toMap(Footnote::label, Function.identity()));
    }

    private static String body() {
        return edition.paragraphs().stream().map(Paragraph::text).collect(Collectors.joining("\n"));
    }

    @Test
    void infersPageNumbersTheOcrDidNotPrint() {
        List<Page> pages = edition.pages();
        assertEquals(List.of(12, 13, 14), pages.stream().map(Page::number).toList());
        assertEquals(List.of(true, false, true), pages.stream().map(Page::numberInferred).toList());
        assertEquals("The Harbour Question in the Northern Sea", pages.get(2).runningHead());
    }

    @Test
    void removesRunningHeadsMastheadsAndPageNumbers() {
        String body = body();
        assertFalse(body.contains("Northern Sea"), body);
        assertFalse(body.contains("June 3, 1935"), body);
        assertFalse(body.contains("Single copies"), body);
        assertFalse(body.contains("Published"), body);
    }

    @Test
    void readsMetadataFromTheFurniture() {
        Metadata m = edition.metadata();
        assertEquals("The Harbour Question in the Northern Sea", m.title());
        assertEquals("Anna K. Example", m.author());
        assertEquals("Monthly Review", m.series());
        assertEquals("IV", m.volume());
        assertEquals("7", m.number());
        assertEquals("1935-06-03", m.date());
        assertEquals("COUNCIL ON SEA AFFAIRS", m.publisher());
        assertEquals("20 cents", m.price());
    }

    @Test
    void resolvesHyphensOnEvidence() {
        String first = edition.paragraphs().get(0).text();
        assertTrue(first.startsWith("THE harbour of Port Vell"), first);
        assertTrue(first.contains("has become the centre"), "¬ joins a word break");
        assertTrue(first.contains("The non-aggression pact"), "¬ keeps a hyphen the document prints elsewhere");
        assertTrue(first.contains("the Trans-Baltic line"), "a hyphen before a capital is real");
        assertTrue(first.contains("closed in November."), "a plain hyphen joins a word the word list knows");
    }

    @Test
    void rejoinsAParagraphSplitByAPageBreak() {
        Paragraph p = edition.paragraphs().stream().filter(x -> x.text().startsWith("A settlement")).findFirst().orElseThrow();
        assertTrue(p.text().contains("still sits at Port Vell, where its meetings"), p.text());
        assertEquals(12, p.page());
    }

    @Test
    void keepsANumberedListInTheBody() {
        assertTrue(body().contains("1. the right to levy dues"), body());
        assertTrue(body().contains("3. the share of each state in the pilots."));
        assertEquals(5, edition.footnotes().size(), "only the five notes are footnotes");
    }

    @Test
    void separatesFootnotesAndRemovesTheirMarkersFromTheText() {
        assertTrue(notes.get("1").text().startsWith("Treaty Series, Vol. XII (1922), p. 45."));
        assertTrue(notes.get("1").text().endsWith("in the spring of 1921."), "a note's second line joins it");
        String first = edition.paragraphs().get(0).text();
        assertTrue(first.contains("the two coastal states. Each claims"), first);
    }

    @Test
    void linksEveryNoteToItsMarkerEvenWhenGarbled() {
        for (Footnote f : edition.footnotes()) {
            assertNotNull(f.marker(), "footnote " + f.label() + " unlinked");
        }
        Marker m3 = notes.get("3").marker();
        assertEquals("®", m3.raw());
        Paragraph p = edition.paragraphs().stream().filter(x -> x.id().equals(m3.paragraph())).findFirst().orElseThrow();
        assertEquals("the year.", p.text().substring(m3.offset() - 9, m3.offset()));
        Marker m1 = notes.get("1").marker();
        assertEquals("1", m1.raw());
        assertEquals(raw.lines().toList().get(m1.line() - 1).strip(), "two coastal states. 1 Each claims the right");
    }

    @Test
    void parsesAndResolvesCitations() {
        Citation c4 = notes.get("4").citations().get(0);
        assertEquals("J. Smith", c4.author());
        assertEquals("Pilots of the North", c4.title());
        assertEquals("Sea Quarterly", c4.container());
        assertEquals("II", c4.volume());
        assertEquals("3", c4.number());
        assertEquals("1935-05", c4.date());
        assertEquals("12-14", c4.pages());
        Citation ibid = notes.get("3").citations().get(0);
        assertEquals(notes.get("2").citations().get(0).id(), ibid.refersTo());
        assertEquals("1935-04-01", ibid.date());
        Citation cited = notes.get("5").citations().get(0);
        assertEquals(c4.id(), cited.refersTo());
        assertEquals("20", cited.pages());
        assertNull(c4.refersTo());
    }

    @Test
    void everySpanLeadsBackToTheRawText() {
        EditionInvariants.check(raw, edition);
    }
}
