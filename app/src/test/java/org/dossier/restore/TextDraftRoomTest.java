package org.dossier.restore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TextDraftRoomTest {
    private static final char[] RAW = "First line of text\nsecond line here\nthird and last\n".toCharArray();

    /** A draft grown in {@code room} from the raw chars {@code [from, to)}. */
    private static TextDraft grown(TextDraft.Room room, int from, int to) {
        TextDraft draft = new TextDraft();
        draft.growIn(room);
        draft.appendRaw(RAW, from, to);
        return draft;
    }

    @Test
    void draftsGrownOneAfterAnotherInOneRoomKeepTheirOwnTextAndOffsets() {
        TextDraft.Room room = new TextDraft.Room();
        TextDraft first = grown(room, 0, 18);
        first.compact();
        TextDraft second = grown(room, 19, 35);
        second.appendSeparator();
        second.appendRaw(RAW, 36, 50);
        second.compact();
        assertEquals("First line of text", first.toString());
        assertEquals("second line here third and last", second.toString());
        assertEquals(0, first.rawAt(0));
        assertEquals(36, second.rawAt(17));
    }

    @Test
    void aRoomLentToADraftStillGrowingIsNotLentAgain() {
        TextDraft.Room room = new TextDraft.Room();
        TextDraft growing = grown(room, 0, 5);
        assertThrows(IllegalStateException.class, () -> new TextDraft().growIn(room));
        growing.compact();
        new TextDraft().growIn(room);
    }

    @Test
    void aCompactedTextChangesAsAnyOtherAndTheRoomsNextDraftDoesNotTouchIt() {
        TextDraft.Room room = new TextDraft.Room();
        TextDraft done = grown(room, 0, 18);
        done.compact();
        TextDraft next = grown(room, 19, 35);
        done.delete(5, 10);
        assertEquals("First of text", done.toString());
        assertEquals(11, done.rawAt(6));
        assertEquals("second line here", next.toString());
        char[] copy = done.copyInto(new char[2]);
        assertEquals("First of text", new String(copy, 0, done.length()));
    }
}
