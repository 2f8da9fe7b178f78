package org.dossier.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.dossier.restore.Span;
import org.junit.jupiter.api.Test;

class SpanOffsetsTest {

    // "Manchu-" + "ria" joined across a line end: text "Manchuria is", raw "Manchu-\nria is"
    private final List<Span> spans = List.of(new Span(0, 6, 100, 107, 3), new Span(6, 12, 108, 114, 4));

    @Test
    void mapsTextOffsetsIntoTheRawLineTheyCameFrom() {
        assertEquals(100, SpanOffsets.rawOffset(spans, 0));
        assertEquals(108, SpanOffsets.rawOffset(spans, 6));
        assertEquals(111, SpanOffsets.rawEndOffset(spans, 9));
    }

    @Test
    void givesNullOutsideEverySpan() {
        assertNull(SpanOffsets.rawOffset(spans, 12));
        assertNull(SpanOffsets.rawEndOffset(spans, 0));
    }
}
