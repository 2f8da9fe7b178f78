package org.dossier.restore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Note markers the OCR read as quote marks, told from the quotes of a quotation by where they stand. */
class QuoteMarkersTest {

    @Test
    void aStraightQuoteAfterAWordOpensNoQuotationSoALaterClosingQuoteMayBeAMarker() {
        String raw = String.join("\n",
            "The council heard increasingly frequent",
            "reports of armed bands in the province,\" and",
            "of stores sent to the frontier. Its members",
            "were told of two thousand men organized as",
            "an international army,” who had reached the",
            "river district in the course of the week.",
            "",
            "1 Harbour Gazette, May 5, 1935; Northern Sea Review, May 7, 1935.",
            "",
            "2 Harbour Gazette, May 9, 1935; Northern Sea Review, May 11, 1935.",
            "");
        Edition e = Restorer.standard().restore(raw);
        assertEquals(2, e.footnotes().size());
        Footnote second = e.footnotes().get(1);
        assertNotNull(second.marker(), "the curly quote after 'army,' closes no quotation: it is note 2's marker");
        assertEquals("”", second.marker().raw());
        String text = e.paragraphs().get(0).text();
        assertTrue(text.substring(0, second.marker().offset()).endsWith("international army,"), text);
        assertNotNull(e.footnotes().get(0).marker());
        EditionInvariants.check(raw, e);
    }

    @Test
    void aClosingQuoteOfAnOpenQuotationIsNoMarker() {
        String raw = String.join("\n",
            "The minister said that the government",
            "\"would not remain indifferent to events,”",
            "and the council then adjourned for the day.",
            "It met again when the reports arrived.1",
            "",
            "1 Harbour Gazette, May 5, 1935; Northern Sea Review, May 7, 1935.",
            "");
        Edition e = Restorer.standard().restore(raw);
        assertEquals(1, e.footnotes().size());
        assertEquals("1", e.footnotes().get(0).marker().raw());
        assertTrue(e.paragraphs().get(0).text().contains("indifferent to events,” and"), e.paragraphs().get(0).text());
    }
}
