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
import org.junit.jupiter.api.Test;

/** The cheap tests that let a line through to a layout pattern never turn away a line the pattern matches. */
class LayoutGatesTest {
    @Test
    void readsTheMastheadLineAndNoOther() {
        assertTrue(BlockClassifier.isMastheadLine(new SourceLines("FOREIGN POLICY BULLETIN, Vol. XV, No. 11, JANUARY 10, 1936"), 0));
        assertFalse(BlockClassifier.isMastheadLine(new SourceLines("the vote of the volunteers, involved"), 0));
    }

    @Test
    void letsThroughALabelEndingTheLine() {
        assertTrue(PageFinder.mayEndWithPageLabel("SEE Page Tue"));
        assertTrue(PageFinder.mayEndWithPageLabel("—— PageThree |"));
        assertFalse(PageFinder.mayEndWithPageLabel("the pages of the report"));
    }

    @Property(tries = 2000)
    void mastheadGateAgreesWithThePattern(@ForAll("mastheads") String t) {
        SourceLines lines = new SourceLines(t);
        for (int i = 0; i < lines.count(); i++) {
            assertEquals(BlockClassifier.MASTHEAD_LINE.matcher(lines.trimmed(i)).lookingAt(),
                BlockClassifier.isMastheadLine(lines, i), lines.trimmed(i));
        }
    }

    @Property(tries = 2000)
    void pageLabelGateNeverTurnsAwayAMatch(@ForAll("labels") String t) {
        if (PageFinder.LABEL_AT_END.matcher(t).find()) {
            assertTrue(PageFinder.mayEndWithPageLabel(t), t);
        }
    }

    @Property(tries = 2000)
    void imprintGateAgreesWithThePattern(@ForAll("imprints") String t) {
        assertEquals(BlockClassifier.IMPRINT.matcher(t).find(), BlockClassifier.isImprint(t), t);
    }

    @Property(tries = 3000)
    void priceGateAgreesWithThePattern(@ForAll("prices") String t) {
        // the parts spell none of the other notices (postal, change of address, union label)
        assertEquals(ImprintShape.PRICE.matcher(t).find(), ImprintShape.isNotice(t), t);
    }

    @Property(tries = 3000)
    void priceGateAgreesWithThePatternOnSumsArticlesAndPeriods(@ForAll("pricedPeriods") String t) {
        assertEquals(ImprintShape.PRICE.matcher(t).find(), ImprintShape.isNotice(t), t);
    }

    @Test
    void readsPricesAndImprints() {
        assertTrue(ImprintShape.isNotice("Five Dollars a Year"));
        assertTrue(ImprintShape.isNotice("$2.00 per copy"));
        assertFalse(ImprintShape.isNotice("in the year 1935 the price rose"));
        assertTrue(ImprintShape.isNotice("Ten cents the copy"));
        assertTrue(ImprintShape.isNotice("25c a copy"));
        assertTrue(BlockClassifier.isImprint("Published weekly by the Foreign Policy Association"));
        assertFalse(BlockClassifier.isImprint("published by the Association"));
        assertTrue(BlockClassifier.isImprint("Entered as second-class matter December 2, 1921"));
    }

    @Provide
    Arbitrary<String> imprints() {
        Arbitrary<String> parts = Arbitraries.of("Entered", "entered", " as ", "second", "-", " ", "class", " matter", "PUBLISHED",
            "published", "weekly", "Bi-weekly", "monthly", "by", "BY", " the ", ".", "x", "\u0000", "Association");
        return parts.list().ofMaxSize(10).map(p -> String.join("", p));
    }

    @Provide
    Arbitrary<String> prices() {
        Arbitrary<String> parts = Arbitraries.of("$", "$ ", "5", "2.00", "25", "c", "cents", "Five", "five", " ", "  ", "dollars",
            "Dollars", "DQllars", "a", "A", "per", "the", "The", "year", "Year", "copy", "annum", "month", "issue", "Subscription",
            "subscriptions", "; ", ".", "-", "ayear", "x", "\t", "in", "for", "PER", "THE", "cent", "5c", "s", "R", "t", "e", "pe");
        return parts.list().ofMaxSize(9).map(p -> String.join("", p));
    }

    /** A sum, an article and a period, each in its right or a near-miss form, with white space or none between. */
    @Provide
    Arbitrary<String> pricedPeriods() {
        Arbitrary<String> before = Arbitraries.of("", "in ", "x", "Subscription ", "$5 ");
        Arbitrary<String> sum = Arbitraries.of("$5", "$ 2.00", "25c", "25 cents", "5 cent", "5Cent", "Five dollars", "five DQllar",
            "ten cents", "in", "for", "1935", "the", "5 ct", "$5.0", "");
        Arbitrary<String> space = Arbitraries.of("", " ", "  ", "\t", "\n");
        Arbitrary<String> article = Arbitraries.of("a", "A", "per", "PER", "the", "The", "pe", "e", "an", "");
        Arbitrary<String> period = Arbitraries.of("year", "Copy", "annum", "month", "issue", "years", "yea");
        Arbitrary<String> after = Arbitraries.of("", ".", " x", "s");
        return net.jqwik.api.Combinators.combine(List.of(before, sum, space, article, space, period, after))
            .as(parts -> String.join("", parts));
    }

    @Provide
    Arbitrary<String> mastheads() {
        Arbitrary<String> parts = Arbitraries.of("Foreign Policy Bulletin", "x", ",", ".", " ", "  ", "\t", "Vol", "vo1", "VOL",
            "vo", "l", ". ", "XV", "ii", "No", "no.", "11", "1936", "June", "3", "|", ";", "é", "\uD835\uDC00");
        return parts.list().ofMaxSize(14).map(p -> String.join("", p));
    }

    @Provide
    Arbitrary<String> labels() {
        Arbitrary<String> parts = Arbitraries.of("Page", "P", "p", "Px", "pAge", "Two", "Tue", "Fone", "three", " ", "  ", "\t",
            "|", "—", "-", ".", "SEE", "é", "ß", "\uD835\uDC00", "\uD835", "1", "of");
        return parts.list().ofMaxSize(8).map(p -> String.join("", p));
    }
}
