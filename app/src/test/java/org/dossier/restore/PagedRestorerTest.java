package org.dossier.restore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PagedRestorerTest {
    private static final String[] BULLETINS = {
        "restore/sim_foreign-policy-bulletin_1935-11-01_15_1_0.txt",
        "restore/sim_foreign-policy-bulletin_1939-04-14_18_25.txt",
        "restore/synthetic-report.txt",
        "restore/sim_foreign-policy-bulletin_1941-12-25_22_10.txt"};

    @Test
    void aTextThatFitsOneWindowRestoresExactlyAsWhole() {
        List<String> texts = new ArrayList<>(List.of(Fixtures.flagship()));
        for (String b : BULLETINS) {
            texts.add(Fixtures.text(b));
        }
        for (String raw : texts) {
            assertEquals(Restorer.standard().restore(raw), EditionCollector.restore(raw, raw.length() + 1));
        }
    }

    @Test
    void aReportRestoredInSmallWindowsKeepsItsPagesParagraphsAndNoteLinks() {
        String raw = Fixtures.flagship();
        Edition whole = Restorer.standard().restore(raw);
        Edition paged = EditionCollector.restore(raw, 40_000); // the report is 3 windows and more
        EditionInvariants.check(raw, paged);
        assertEquals(whole.pages(), paged.pages());
        assertEquals(whole.paragraphs(), paged.paragraphs());
        assertEquals(links(whole), links(paged));
        assertEquals(decisions(whole), decisions(paged)); // the evidence counts the window's own spellings
        assertEquals(proposals(whole), proposals(paged));
        assertEquals(whole.issues(), paged.issues());
        assertEquals(whole.stats(), paged.stats());
        assertEquals(whole.sourceSha256(), paged.sourceSha256());
    }

    @Test
    void aConcatenationOfReportsInSmallWindowsLosesNoTextAndKeepsOffsetsAndIdsSound() {
        StringBuilder b = new StringBuilder(Fixtures.flagship());
        List<Integer> lineBases = new ArrayList<>(List.of(0));
        List<Integer> charBases = new ArrayList<>(List.of(0));
        for (String name : BULLETINS) {
            b.append("\f\n");
            lineBases.add((int) b.chars().filter(c -> c == '\n').count());
            charBases.add(b.length());
            b.append(Fixtures.text(name));
        }
        String raw = b.toString();
        for (int window : new int[] {8_000, 30_000}) {
            Edition paged = EditionCollector.restore(raw, window);
            checkSound(raw, paged);
            BitSet covered = new BitSet(raw.length());
            paged.paragraphs().forEach(p -> p.spans().forEach(s -> covered.set(s.rawStart(), s.rawEnd())));
            paged.footnotes().forEach(f -> f.spans().forEach(s -> covered.set(s.rawStart(), s.rawEnd())));
            List<String> reports = new ArrayList<>(List.of(Fixtures.flagship()));
            for (String name : BULLETINS) {
                reports.add(Fixtures.text(name));
            }
            long all = 0;
            long kept = 0;
            for (int r = 0; r < reports.size(); r++) {
                for (Paragraph p : Restorer.standard().restore(reports.get(r)).paragraphs()) {
                    int chars = 0;
                    int found = 0;
                    for (Span s : p.spans()) {
                        int from = s.rawStart() + charBases.get(r);
                        chars += s.rawEnd() - s.rawStart();
                        found += covered.get(from, s.rawEnd() + charBases.get(r)).cardinality();
                    }
                    // a window may read a short line at a report's edge as furniture the report alone keeps
                    assertTrue(chars < 200 || found * 10 >= chars * 8, "window " + window + ": text from line "
                        + (p.startLine() + lineBases.get(r)) + " lost: " + p.text());
                    all += chars;
                    kept += found;
                }
            }
            assertTrue(kept * 100 >= all * 99, "window " + window + ": " + kept + " of " + all + " characters kept");
        }
    }

    @Test
    void textWithoutPageNumbersAdvancesAndStaysOnePage() {
        StringBuilder b = new StringBuilder();
        for (int i = 1; i <= 120; i++) {
            b.append("This is paragraph number ").append(i).append(" of a text that prints no page numbers at all,\n")
                .append("and it goes on over a second line of the same column before it\n")
                .append("ends on a third line with a full stop.\n\n");
        }
        String raw = b.toString();
        Edition whole = Restorer.standard().restore(raw);
        Edition paged = EditionCollector.restore(raw, 2_000);
        EditionInvariants.check(raw, paged);
        assertEquals(1, paged.pages().size(), paged.pages().toString());
        assertEquals(whole.pages(), paged.pages());
        assertEquals(texts(whole), texts(paged));
    }

    @Test
    void anEmptyTextAndAOneLineTextRestoreAsWhole() {
        for (String raw : new String[] {"", "\n", "A single line of text without an end", "A single line.\n"}) {
            Edition whole = Restorer.standard().restore(raw);
            assertEquals(whole, EditionCollector.restore(raw, 1), "'" + raw + "'");
        }
    }

    @Test
    void aParagraphLongerThanTheWindowIsCutWithAnIssueAndNothingLost() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            b.append("words running on in one long paragraph of the body, line ").append(i).append(" of it\n");
        }
        String raw = b.toString();
        Edition whole = Restorer.standard().restore(raw);
        Edition paged = EditionCollector.restore(raw, 1_000);
        EditionInvariants.check(raw, paged);
        assertTrue(paged.paragraphs().size() > 1, "cut at window ends");
        assertTrue(paged.issues().stream().anyMatch(i -> i.message().startsWith("window boundary at line")),
            paged.issues().toString());
        assertEquals(String.join(" ", texts(whole)), String.join(" ", texts(paged)));
    }

    @Test
    void linesAndOffsetsOfEveryRecordPointIntoTheWholeText() {
        String raw = Fixtures.flagship();
        Edition paged = EditionCollector.restore(raw, 25_000);
        String[] lines = raw.split("\n", -1);
        for (Correction c : paged.corrections()) {
            assertTrue(raw.startsWith(c.original(), c.rawOffset()), c.toString());
            assertTrue(lines[c.line() - 1].contains(c.original()), c.toString());
        }
        for (Hyphenation h : paged.hyphenation()) {
            assertTrue(lines[h.line() - 1].stripTrailing().endsWith(h.left()), h.toString());
        }
    }

    /** Each note's label with the text of the paragraph its marker stands in and the marker's offset. */
    private static List<String> links(Edition e) {
        Map<String, String> texts = new HashMap<>();
        e.paragraphs().forEach(p -> texts.put(p.id(), p.text()));
        List<String> out = new ArrayList<>();
        for (Footnote f : e.footnotes()) {
            out.add(f.id() + " " + f.text() + (f.marker() == null ? " -" : " @" + f.marker().offset() + " in "
                + texts.get(f.marker().paragraph())));
        }
        return out;
    }

    private static List<String> decisions(Edition e) {
        return e.hyphenation().stream().map(h -> h.line() + " " + h.joined() + " " + h.kept()).sorted().toList();
    }

    private static List<String> proposals(Edition e) {
        return e.corrections().stream().map(c -> c.line() + " " + c.rawOffset() + " " + c.original() + " " + c.proposed())
            .toList();
    }

    private static List<String> texts(Edition e) {
        return e.paragraphs().stream().map(Paragraph::text).toList();
    }

    /** Spans lead back to the raw text, ids are unique and every reference names a unit that exists. */
    static void checkSound(String raw, Edition e) {
        for (Paragraph p : e.paragraphs()) {
            for (Span s : p.spans()) {
                assertEquals(raw.substring(s.rawStart(), s.rawEnd()), p.text().substring(s.textStart(), s.textEnd()), p.id());
            }
        }
        Map<String, Paragraph> paragraphs = new HashMap<>();
        for (int i = 0; i < e.paragraphs().size(); i++) {
            Paragraph p = e.paragraphs().get(i);
            assertEquals("p" + (i + 1), p.id());
            paragraphs.put(p.id(), p);
        }
        Set<String> notes = new HashSet<>();
        Set<String> citations = new HashSet<>();
        for (Footnote f : e.footnotes()) {
            assertTrue(notes.add(f.id()), "footnote id " + f.id() + " repeated");
            for (Span s : f.spans()) {
                assertEquals(raw.substring(s.rawStart(), s.rawEnd()), f.text().substring(s.textStart(), s.textEnd()), f.id());
            }
            if (f.marker() != null) {
                Paragraph p = paragraphs.get(f.marker().paragraph());
                assertNotNull(p, f.id() + " marker names no paragraph");
                assertTrue(f.marker().offset() >= 0 && f.marker().offset() <= p.text().length(), f.id());
            }
            for (Citation c : f.citations()) {
                assertTrue(c.id().startsWith(f.id() + "-c"), c.id());
                assertTrue(c.refersTo() == null || citations.contains(c.refersTo()), c.id() + " refers to " + c.refersTo());
                citations.add(c.id());
            }
        }
        int next = 1;
        for (Page p : e.pages()) {
            assertEquals(next, p.startLine(), "pages run on from line to line: " + p);
            assertTrue(p.endLine() >= p.startLine(), p.toString());
            next = p.endLine() + 1;
        }
        assertEquals(raw.split("\n", -1).length - (raw.endsWith("\n") ? 1 : 0), next - 1, "the last page ends on the last line");
        assertEquals(e.paragraphs().size(), e.stats().paragraphs());
        assertEquals(e.footnotes().size(), e.stats().footnotes());
        assertEquals(e.pages().size(), e.stats().pages());
    }
}
