package org.dossier.restore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Notes labelled with symbols ({@code *}, {@code †} that the OCR reads as {@code +}) link like numbered ones. */
class SymbolNotesTest {

    @Test
    void linksStarAndDaggerNotes() {
        String raw = String.join("\n",
            "The minister spoke at length on the question",
            "of the harbour and of the dues which both of",
            "the states now claim from every ship.* He",
            "added that the matter would go to the court",
            "at the end of the year, when the old treaty",
            "expires and the new one comes into force.+",
            "",
            "* Speech of May 4, reported in the Harbour Gazette, May 5, 1935.",
            "",
            "+ The treaty of 1921 runs for fifteen years from its signature.",
            "");
        Edition e = Restorer.standard().restore(raw);
        assertEquals(2, e.footnotes().size());
        for (Footnote f : e.footnotes()) {
            assertNotNull(f.marker(), f.label());
        }
        assertEquals("*", e.footnotes().get(0).label());
        assertEquals("fn-s1", e.footnotes().get(0).id());
        assertEquals("+", e.footnotes().get(1).marker().raw());
        String text = e.paragraphs().get(0).text();
        assertTrue(text.contains("from every ship. He added"), text);
        assertTrue(text.endsWith("comes into force."), text);
        EditionInvariants.check(raw, e);
    }
}
