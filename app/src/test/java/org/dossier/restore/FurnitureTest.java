package org.dossier.restore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
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
    @Test
    void aStampRunTogetherWithTheBrokenPostalNoticeIsFurniture() {
        String raw = PROSE + "\n\nPERIODICAL ROOM BE:\nGENBRAL LIBRARY n os ‘ chcenil\nUNIV. OF MICH. class matter December\n\n"
            + "class ‘matter December\nPERICDICAL ROOA 2, 1921, at the Post\nGENER Office at New York,\nAd. LIBRAR' N. Y., under the act\n\n"
            + "UINTV, OF MIC\n\nof March 3, 1879,\n\n" + PROSE;
        Edition e = Restorer.standard().restore(raw);
        String text = body(e);
        for (String furniture : List.of("PERIODICAL", "LIBRARY", "UNIV", "matter", "Post", "UINTV", "1879")) {
            assertFalse(text.contains(furniture), furniture + " left in " + text);
        }
        assertEquals(2, text.split("heard the pilots too", -1).length - 1, "both paragraphs of prose stay whole: " + text);
        EditionInvariants.check(raw, e);
    }

    @Test
    void aStampWordInProseOrAProseLineNearTheNoticeStays() {
        assertFalse(ImprintShape.carriesStampOrNotice("of important references here, useful for libraries.", 60),
            "prose runs on in lower case");
        assertFalse(ImprintShape.isEdgeFurniture("libraries. |", 60), "a library named in prose has no capital");
        assertFalse(ImprintShape.isEdgeFurniture("the Library of Congress.", 60), "nor is it set in capitals");
        assertTrue(ImprintShape.isEdgeFurniture("UNIV. OF MICH. General Li br ary", 60));
        String raw = PROSE + "\n\nThe Library of Congress opened its reading room\nto the delegates of both governments.\n\n" + PROSE;
        String text = body(Restorer.standard().restore(raw));
        assertTrue(text.contains("The Library of Congress opened its reading room to the delegates"), text);
    }

    @Test
    void aDateStampWithoutItsYearAndAStampsScrapAreFurniture() {
        assertTrue(ImprintShape.isStamp("FEB 16", 60));
        assertTrue(ImprintShape.isStamp("JUN 28-1939", 60));
        assertTrue(ImprintShape.isStamp("/ DEC 28 1942", 60));
        assertFalse(ImprintShape.isStamp("May 16", 60), "a month in capitals is a stamp's; a date in text is not");
        String raw = PROSE + "\n\nFEB 16\n\nGene!\nUniversity of Michigan\n\n" + PROSE;
        String text = body(Restorer.standard().restore(raw));
        assertFalse(text.contains("FEB 16"), text);
        assertFalse(text.contains("Gene!"), "what is left of a block once its stamp line is gone: " + text);
    }

    @Test
    void proseNamingThePostOfficeAndAnActStays() {
        String raw = PROSE + "\n\nThe post office at Harbin was closed by the police\nwho acted under the act of the new regime.\n\n" + PROSE;
        String text = body(Restorer.standard().restore(raw));
        assertTrue(text.contains("The post office at Harbin was closed"), text);
    }

    @Test
    void theSubscriptionRequestAndADollarsAYearLineAreFurniture() {
        assertTrue(ImprintShape.isNotice("one month for change of address on membership publications."));
        assertTrue(ImprintShape.isNotice("Three Dollars a Year. Please allow at least"));
        assertTrue(ImprintShape.isNotice("Dollars a Year. Please allow at least"), "its number left on the line before");
        assertTrue(ImprintShape.isNotice("F. P. A. Membership (which includes the Bulletin), Five Dellars a Year"));
        assertFalse(ImprintShape.isNotice("The loan will cost the Treasury some dollars a year for a decade."));
        String raw = PROSE + "\n\nsecond-class matter December 2,\none month for change of address on membership publications.\n\n"
            + "Please allow at least\n\n" + PROSE;
        String text = body(Restorer.standard().restore(raw));
        assertFalse(text.contains("change of address"), text);
        assertFalse(text.contains("Please allow"), text);
        assertTrue(text.contains("heard the pilots too"), text);
    }
    @Property
    void aLineOfProseIsNeverAStampWhateverStampWordItHolds(@ForAll("proseWords") List<String> words,
                                                            @ForAll("stampWords") String stamp,
                                                            @ForAll @IntRange(min = 0, max = 4) int at) {
        List<String> line = new java.util.ArrayList<>(words);
        line.add(Math.min(at, line.size()), stamp);
        String t = String.join(" ", line);
        assertFalse(ImprintShape.carriesStampOrNotice(t, 60), t);
        assertFalse(ImprintShape.isEdgeFurniture(t, 60), t);
    }

    @Provide
    Arbitrary<List<String>> proseWords() {
        return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(3).ofMaxLength(9).list().ofMinSize(5).ofMaxSize(7);
    }

    @Provide
    Arbitrary<String> stampWords() {
        return Arbitraries.of("Library", "University of", "PERIODICAL ROOM", "Reading Room", "FEB 16", "Ann Arbor, Mich.");
    }
}
