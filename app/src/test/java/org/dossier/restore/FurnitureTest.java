package org.dossier.restore;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Page furniture glued to body text by the OCR is left out; body text of the same look stays. */
class FurnitureTest {

    private static final String PROSE = "The conference met again in the spring and heard the delegates\n"
        + "of both governments, who spoke at length of the harbour and of\n"
        + "the dues that each side had levied on shipping in the last year\n"
        + "while the commission sat in the town and heard the pilots too.\n";

    private static String body(Edition e) {
        StringBuilder b = new StringBuilder();
        e.paragraphs().forEach(p -> b.append(p.text()).append('\n'));
        return b.toString();
    }

    @Test
    void aSubscriptionBoxIsFurniture() {
        assertTrue(ImprintShape.isNotice("Subscription $5; to F.P.A. members, $3."));
        assertTrue(ImprintShape.isNotice("Subscriptions $5 ; to members, $3."));
        String raw = PROSE + "\n\nREPORTS are issued on the 1st and 15th of each month.\nSubscription $5; to F.P.A. members, $3.\n\n" + PROSE;
        String text = body(Restorer.standard().restore(raw));
        assertFalse(text.contains("Subscription"), text);
        assertTrue(text.contains("heard the pilots too"), text);
    }

    @Test
    void aLibraryStampWithItsStateSpelledOutIsFurniture() {
        assertTrue(ImprintShape.isStamp("Ann Arbor, Michigan", 60));
        assertTrue(ImprintShape.isStamp("Ann Arbor. Mich.", 60));
        assertFalse(ImprintShape.isStamp("Red Seas.", 60), "two words and a stop are no city and state");
        assertFalse(ImprintShape.isStamp("Soviet Union", 60));
    }

    @Test
    void aStampGluedToTheEdgeOfABodyBlockIsLeftOut() {
        String raw = "Ann Arbor, Michigan\n" + PROSE + "University of Michigan\n\n\n" + PROSE;
        Edition e = Restorer.standard().restore(raw);
        String text = body(e);
        assertFalse(text.contains("Ann Arbor"), text);
        assertFalse(text.contains("University of Michigan"), text);
        assertTrue(text.startsWith("The conference met again"), text);
        EditionInvariants.check(raw, e);
    }

    @Test
    void aBookEntryEndingInAPublisherAndPriceStays() {
        assertFalse(ImprintShape.isEdgeFurniture("Library, 1945. $2.00", 60));
        String raw = PROSE + "\n\nThe Middle East, by A. Writer. New York, Philosophical\nLibrary, 1945. $2.00\n\n" + PROSE;
        String text = body(Restorer.standard().restore(raw));
        assertTrue(text.contains("Library, 1945. $2.00"), text);
    }

    @Test
    void aPostalNoticeGluedAboveAnArticleIsLeftOut() {
        String raw = "Entered as 2nd class matter\n" + PROSE + "\n\n" + PROSE;
        String text = body(Restorer.standard().restore(raw));
        assertFalse(text.contains("Entered as"), text);
        assertTrue(text.contains("The conference met again"), text);
    }

    @Test
    void thePrintersUnionLabelIsFurniture() {
        assertTrue(ImprintShape.isNotice("Produced under union conditions and composed and printed by union labor."));
        String raw = PROSE + "\n\nProduced under union conditions and composed and printed by union labor.\n\n" + PROSE
            + "Ca 181 Produced under union condit.:\n";
        String text = body(Restorer.standard().restore(raw));
        assertFalse(text.contains("union"), text);
        assertTrue(text.contains("heard the pilots too"), text);
    }
}
