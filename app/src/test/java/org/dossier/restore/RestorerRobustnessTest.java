package org.dossier.restore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Bad or odd input gets a sensible edition, never an exception or a hang. */
class RestorerRobustnessTest {

    @Test
    void emptyTextGivesAnEmptyEditionWithAnIssue() {
        Edition e = Restorer.standard().restore("");
        assertEquals(0, e.paragraphs().size());
        assertEquals(1, e.pages().size());
        assertTrue(e.issues().stream().anyMatch(i -> i.message().contains("empty")));
    }

    @Test
    void textWithoutPageNumbersOrNotesCountsPagesFromOne() {
        String raw = "A first paragraph of running text that goes on\nfor a few lines of prose without any page\nnumber or footnote in it at all, and ends.\n\n"
            + "A second paragraph, shorter than the first,\nstill with enough lines to be prose.\nIt ends here.\n";
        Edition e = Restorer.standard().restore(raw);
        assertEquals(1, e.pages().size());
        assertEquals(1, e.pages().get(0).number());
        assertTrue(e.pages().get(0).numberInferred());
        assertEquals(2, e.paragraphs().size());
        assertEquals(0, e.footnotes().size());
    }

    @Test
    void crlfInputRestoresLikeLfInput() {
        String lf = Fixtures.text("restore/synthetic-report.txt");
        Edition a = Restorer.standard().restore(lf);
        Edition b = Restorer.standard().restore(lf.replace("\n", "\r\n"));
        assertEquals(a.paragraphs().stream().map(Paragraph::text).toList(), b.paragraphs().stream().map(Paragraph::text).toList());
        EditionInvariants.check(lf.replace("\n", "\r\n"), b);
    }

    @Test
    void formFeedsBreakPages() {
        String page = "Text of a page that runs on over several lines\nof prose, long enough to be taken as the body\nof the page and not as furniture of any kind.\n";
        Edition e = Restorer.standard().restore(page + "\f\n" + page + "\f\n" + page);
        assertEquals(3, e.pages().size());
    }

    @Test
    void aFiveMegabyteSingleLineIsRestored() {
        StringBuilder b = new StringBuilder(5_000_000);
        while (b.length() < 5_000_000) {
            b.append("word after word without any line break, ");
        }
        String raw = b.toString();
        Edition e = Restorer.standard().restore(raw);
        assertEquals(1, e.paragraphs().size());
        assertEquals(raw.strip(), e.paragraphs().get(0).text());
    }

    @Test
    void aMarkerOpeningAParagraphLeavesNoLeadingSpaceWhenRemoved() {
        String raw = "* a a a a a a a a aaaaa aaaaa 1. aaa aaa aaaaa  aaaaaaa";
        Edition e = Restorer.standard().restore(raw);
        EditionInvariants.check(raw, e);
    }

    @Test
    void aTabOrNoBreakSpaceInALineReadsAsASpaceThatNoSpanClaims() {
        String raw = "The treaty\tof 1896 granted the\u00A0concession for eighty years.";
        Edition e = Restorer.standard().restore(raw);
        assertEquals("The treaty of 1896 granted the concession for eighty years.", e.paragraphs().get(0).text());
        assertEquals(3, e.paragraphs().get(0).spans().size(), e.paragraphs().get(0).spans().toString());
        EditionInvariants.check(raw, e);
    }

    @Property(tries = 200)
    void anyTextRestoresWithSpansIntoTheRawText(@ForAll("ocrLike") String raw) {
        Edition e = Restorer.standard().restore(raw);
        EditionInvariants.check(raw, e);
    }

    @Provide
    Arbitrary<String> ocrLike() {
        Arbitrary<String> word = Arbitraries.oneOf(
            Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyzABCDEFG").ofMinLength(1).ofMaxLength(9),
            Arbitraries.of("1.", "12", "6a.", "*", "†", "+", "¬", "-", "—", "“", "”", "’", "\"", "p.", "Ibid.",
                "cited,", "Vol.", "XII,", "No.", "May", "1932.", "137", "\f", "|", "SO", "§", ";", "(", ")",
                "\t", "\u00A0"));
        Arbitrary<String> line = word.list().ofMinSize(0).ofMaxSize(12).map(ws -> String.join(" ", ws));
        return line.list().ofMinSize(0).ofMaxSize(60).map(ls -> String.join("\n", ls));
    }
}
