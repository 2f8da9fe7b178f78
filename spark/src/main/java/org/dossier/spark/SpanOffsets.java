package org.dossier.spark;

import java.util.List;
import org.dossier.restore.Span;

/**
 * Maps an offset in a restored unit's text back to the raw text through its spans. Inside a span
 * the offset moves with the text, clamped to the span's raw extent (a span whose text and raw
 * lengths differ, as at a joined hyphen, maps to its nearest raw character).
 */
final class SpanOffsets {

    private SpanOffsets() {}

    /** The raw offset of the character at {@code textOffset}, or null when no span covers it. */
    static Integer rawOffset(List<Span> spans, int textOffset) {
        for (Span s : spans) {
            if (textOffset >= s.textStart() && textOffset < s.textEnd()) {
                return Math.min(s.rawStart() + (textOffset - s.textStart()), s.rawEnd() - 1);
            }
        }
        return null;
    }

    /** The raw offset just past the character before {@code textEnd}, or null when no span covers it. */
    static Integer rawEndOffset(List<Span> spans, int textEnd) {
        Integer last = textEnd <= 0 ? null : rawOffset(spans, textEnd - 1);
        return last == null ? null : last + 1;
    }
}
