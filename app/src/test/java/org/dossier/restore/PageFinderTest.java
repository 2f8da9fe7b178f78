package org.dossier.restore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

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
}
