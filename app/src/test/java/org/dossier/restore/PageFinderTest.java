package org.dossier.restore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageFinderTest {

    /** Twenty lines of body text in a column about forty characters wide. */
    private static String column(int page) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            b.append("the text of page ").append(page).append(" goes on in line ").append(i).append(" here\n");
        }
        return b.toString();
    }

    @Test
    void readsAPageNumberPrintedOnTheRunningHeadLine() {
        String raw = column(1) + "\n\n21 QUARTERLY NOTES\n\n" + column(2) + "\n\nQUARTERLY NOTES 22\n\n" + column(3);
        Edition e = Restorer.standard().restore(raw);
        assertEquals(List.of(20, 21, 22), e.pages().stream().map(Page::number).toList());
        assertEquals(List.of(true, false, false), e.pages().stream().map(Page::numberInferred).toList());
        e.paragraphs().forEach(p -> assertFalse(p.text().contains("QUARTERLY"), p.text()));
    }

    @Test
    void readsAPageNumberPrintedAfterADateHead() {
        String raw = column(1) + "\n\nMay 3, 1935 41\n\n" + column(2) + "\n\n42 May 3, 1935\n\n" + column(3);
        Edition e = Restorer.standard().restore(raw);
        assertEquals(List.of(40, 41, 42), e.pages().stream().map(Page::number).toList());
    }

    @Test
    void aNumberBreakingTheSequenceIsNotAPage() {
        String raw = column(1) + "\n\n7\n\n" + column(2) + "\n\n8\n\n" + column(3) + "\n\n950\n\n" + column(4);
        Edition e = Restorer.standard().restore(raw);
        assertEquals(List.of(6, 7, 8), e.pages().stream().map(Page::number).toList());
    }

    @Test
    void readsPageNumbersSpelledOut() {
        String raw = column(1) + "\n\nPage Two —\n\n" + column(2) + "\n\n—— Page Three\n\n" + column(3);
        Edition e = Restorer.standard().restore(raw);
        assertEquals(List.of(1, 2, 3), e.pages().stream().map(Page::number).toList());
    }

    @Test
    void readsSpelledOutPageNumbersThroughOcrDamage() {
        String raw = column(1) + "\n\nPage Twe\n\n" + column(2) + "\n\n——=— rw = PageThree\n\n" + column(3)
            + "\n\nPago Fourr=\n\n" + column(4);
        Edition e = Restorer.standard().restore(raw);
        assertEquals(List.of(1, 2, 3, 4), e.pages().stream().map(Page::number).toList());
        assertEquals(List.of(true, false, false, false), e.pages().stream().map(Page::numberInferred).toList());
    }

    @Test
    void aSpelledNumberTooFarFromAnyWordIsNotRead() {
        assertEquals(null, PageFinder.pageNumber("Page Tower"));
        assertEquals(2, PageFinder.pageNumber("= Page lwo"));
        assertEquals(null, PageFinder.pageNumber("(Continued on Page 4)"));
    }

    private static final String IMPRINT = "WEEKLY REVIEW. Vol. XX, No. 5, May 3, 1941. Published weekly by the Review"
        + " Association, Incorporated, 10 Quay Street, Port Vell.\nEntered as second-class matter at the Post Office at"
        + " Port Vell, under the Act of March 3, 1879. Two Dollars a Year.\n";

    private static List<Integer> numbers(Edition e) {
        return e.pages().stream().map(Page::number).toList();
    }

    @Test
    void readsADamagedLabelAgainstTheNumberTheSequenceExpects() {
        assertEquals(2, PageFinder.expectedPageWord("————oeo=es=s=s«s a SEE Page Tue", 2));
        assertEquals(2, PageFinder.expectedPageWord("—={=====ana=SSSSSH\"EEE Px Two", 2));
        assertEquals(4, PageFinder.expectedPageWord("EE Page Fone", 4));
        assertEquals(null, PageFinder.expectedPageWord("Page One", 2), "a number word printed whole is read as printed");
        assertEquals(null, PageFinder.expectedPageWord("as we said on page two", 2), "prose is no label");
        assertEquals(null, PageFinder.expectedPageWord("Page Tue", 5));
    }

    @Test
    void theFirstPageOfAnIssueNumberedInWordsIsPageOne() {
        String raw = column(1) + "\n\n—— SEE Page Tue\n\n" + column(2) + "\n\nPage Three\n\n" + column(3);
        Edition e = Restorer.standard().restore(raw);
        assertEquals(List.of(1, 2, 3), numbers(e));
        assertEquals(List.of(true, false, false), e.pages().stream().map(Page::numberInferred).toList());
    }

    @Test
    void aPageBeginsAfterTheImprintThatClosesThePageBefore() {
        String raw = column(1) + "\n\nPage Two\n\n" + column(2) + "\n\n" + IMPRINT + "\n\nNEWS LETTER\n\n" + column(3);
        Edition e = Restorer.standard().restore(raw);
        assertEquals(List.of(1, 2, 3), numbers(e));
        assertTrue(e.pages().get(2).numberInferred());
        assertEquals(raw.lines().toList().indexOf("NEWS LETTER") + 1, e.pages().get(2).startLine());
    }

    @Test
    void anImprintWithOnlyDebrisAfterItEndsTheLastPage() {
        String raw = column(1) + "\n\nPage Two\n\n" + column(2) + "\n\n" + IMPRINT + "\n\nMay 3,\n\nCas ale ee\n\nAN He Sgr\n";
        Edition e = Restorer.standard().restore(raw);
        assertEquals(List.of(1, 2), numbers(e));
    }

    @Test
    void aNoteCitingTheSeriesIsNoImprint() {
        String raw = column(1) + "\n\nPage Two\n\n" + column(2)
            + "\n\n1. Weekly Review, Vol. XIX, No. 12, March 1, 1940.\n\n" + column(3);
        Edition e = Restorer.standard().restore(raw);
        assertEquals(List.of(1, 2), numbers(e));
    }

    @Test
    void aPageWhoseLabelWasLostIsCutAtTheHeadingAfterColumnDebris() {
        StringBuilder debris = new StringBuilder();
        for (String d : new String[] {"ovement", "a peace", "he great", "a whole,", "of the"}) {
            debris.append(d).append("\n");
        }
        String raw = column(1) + "\n\nPage Two\n\n" + column(2) + "\n\n" + column(2) + "\n\n" + debris
            + "\n\nThe Weekly Letter\n\n" + column(3) + "\n\n" + column(3) + "\n\nPage Four\n\n" + column(4);
        Edition e = Restorer.standard().restore(raw);
        assertEquals(List.of(1, 2, 3, 4), numbers(e));
        assertEquals(List.of(true, false, true, false), e.pages().stream().map(Page::numberInferred).toList());
        assertEquals(raw.lines().toList().indexOf("The Weekly Letter") + 1, e.pages().get(2).startLine());
    }

    @Test
    void aStrayDigitIsNoPageWherePagesAreNumberedInWords() {
        String raw = column(1) + "\n\nPage Two\n\n" + column(2) + "\n\n5\n\n" + column(2) + "\n\nPage Three\n\n" + column(3);
        Edition e = Restorer.standard().restore(raw);
        assertEquals(List.of(1, 2, 3), numbers(e));
    }

    @Test
    void aLabelAtTheEdgeOfABlockIsRead() {
        String raw = column(1) + "\n\nPage Two\n\n" + column(2) + "\n\n—————=S=] = Page Three\n" + column(3);
        Edition e = Restorer.standard().restore(raw);
        assertEquals(List.of(1, 2, 3), numbers(e));
        e.paragraphs().forEach(p -> assertFalse(p.text().contains("Page Three"), p.text()));
    }

    @Test
    void anEmptyTextIsOnePageOfOneEmptyLineNumberedFromOne() {
        for (String raw : new String[] {"", "\n", "   \n\n  \n"}) {
            Edition e = Restorer.standard().restore(raw);
            assertEquals(1, e.pages().size());
            Page p = e.pages().get(0);
            assertEquals(1, p.startLine(), "1-based lines even with none");
            assertTrue(p.endLine() >= p.startLine());
            assertTrue(e.issues().stream().allMatch(i -> i.line() >= 1));
        }
    }

    @Test
    void aFormFeedBreaksAPageWhateverItsLength() {
        String page = "A short page of prose that runs on over two lines\nand then stops here without furniture.\n";
        Edition e = Restorer.standard().restore(page + "\f" + page + "\f\n" + page);
        assertEquals(3, e.pages().size());
        assertEquals(List.of(1, 2, 3), numbers(e));
    }
}
