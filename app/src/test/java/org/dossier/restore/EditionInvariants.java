package org.dossier.restore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

/** What every edition must satisfy whatever the input: spans that lead back to the raw text. */
final class EditionInvariants {
    private EditionInvariants() {}

    static void check(String raw, Edition e) {
        for (Paragraph p : e.paragraphs()) {
            checkText(raw, p.id(), p.text(), p.spans());
            assertTrue(p.startLine() <= p.endLine(), p.id());
        }
        for (Footnote f : e.footnotes()) {
            checkText(raw, f.id(), f.text(), f.spans());
            if (f.marker() != null) {
                Paragraph p = e.paragraphs().stream().filter(x -> x.id().equals(f.marker().paragraph())).findFirst()
                    .orElseThrow(() -> new AssertionError(f.id() + " marker names no paragraph"));
                assertTrue(f.marker().offset() >= 0 && f.marker().offset() <= p.text().length(), f.id());
            }
        }
        int previous = Integer.MIN_VALUE;
        for (Page page : e.pages()) {
            assertTrue(page.number() > previous, "page numbers increase");
            previous = page.number();
        }
    }

    private static void checkText(String raw, String id, String text, List<Span> spans) {
        assertFalse(text.contains("  "), id + " has a double space");
        assertEquals(text.strip(), text, id + " is not trimmed");
        int covered = 0;
        for (Span s : spans) {
            assertEquals(raw.substring(s.rawStart(), s.rawEnd()), text.substring(s.textStart(), s.textEnd()),
                id + " span " + s);
            covered += s.textEnd() - s.textStart();
        }
        long spaces = text.chars().filter(c -> c == ' ' || c == '-').count();
        assertTrue(covered + spaces >= text.length(), id + ": spans leave text unaccounted for");
    }
}
