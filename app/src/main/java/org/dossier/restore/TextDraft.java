package org.dossier.restore;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reading text under construction, with the raw offset of every character kept beside it
 * ({@code -1} for a space the restorer put in), so that spans back to the raw text survive
 * joining, hyphen removal and marker removal. Whitespace is collapsed as text is appended.
 *
 * <p>Offsets are kept as segments, not one per character: a segment starts at a text index and
 * maps its characters to consecutive raw offsets from its first (or all to -1). Text copied from
 * a line is one segment until the line ends or whitespace collapses, so a long text costs a few
 * bytes per line beside its characters instead of four bytes per character.
 */
final class TextDraft {
    /**
     * The characters, {@link #length} of them: an array of its own (or lent, see {@link Room}), so
     * appends are plain copies; null once {@link #compact} has made the text a string, until the
     * next change.
     */
    private char[] chars = new char[0];
    private int length;
    /** Per segment: the text index where it starts, and the raw offset of that character (or -1). */
    private int[] segmentText = new int[0];
    private int[] segmentRaw = new int[0];
    private int segments;
    /** Where the arrays in use came from, to go back to at {@link #compact}; null when they are the draft's own. */
    private Room lender;
    /** The text as a string, made once after the last change: later stages read it whole more than once. */
    private String frozen;

    /**
     * Arrays lent to one growing draft at a time and taken back, grown, when it is compacted: a
     * flow's drafts then grow their arrays once between them, not each its own from small to
     * large, and each keeps in the end one array of its exact length. One flow's own.
     */
    static final class Room {
        private char[] chars = new char[1024];
        private int[] segmentText = new int[64];
        private int[] segmentRaw = new int[64];
        /** The draft growing in the room now, if any: two at once would write over each other. */
        private TextDraft tenant;
    }

    /** Grows this empty draft in {@code room}'s arrays until {@link #compact}, which gives them back. */
    void growIn(Room room) {
        if (length != 0 || lender != null || room.tenant != null) {
            throw new IllegalStateException("a draft grows in lent room only from empty, and one draft at a time");
        }
        room.tenant = this;
        chars = room.chars;
        segmentText = room.segmentText;
        segmentRaw = room.segmentRaw;
        lender = room;
    }

    int length() {
        return length;
    }

    /** The text as it stands (made a string once after each change, as {@link #toString} is). */
    CharSequence text() {
        return toString();
    }

    /** The characters {@code [from, to)}, copied. */
    String substring(int from, int to) {
        java.util.Objects.checkFromToIndex(from, to, length);
        return chars == null ? frozen.substring(from, to) : new String(chars, from, to - from);
    }

    char charAt(int i) {
        java.util.Objects.checkIndex(i, length);
        return chars == null ? frozen.charAt(i) : chars[i];
    }

    int rawAt(int i) {
        return rawIn(segmentOf(i), i);
    }

    private int rawIn(int segment, int i) {
        int r = segmentRaw[segment];
        return r < 0 ? -1 : r + (i - segmentText[segment]);
    }

    /**
     * Raw offsets of text indexes asked in increasing order, as a scan from the start asks them:
     * each answer moves on from the segment of the one before instead of searching them all.
     */
    final class ForwardOffsets {
        private int segment;

        int rawAt(int i) {
            while (segment + 1 < segments && segmentText[segment + 1] <= i) {
                segment++;
            }
            return rawIn(segment, i);
        }
    }

    /** Copies the text into {@code into} (grown when too short) and returns the array holding it. */
    char[] copyInto(char[] into) {
        char[] out = into.length >= length ? into : new char[Math.max(length, into.length * 2)];
        if (chars == null) {
            frozen.getChars(0, length, out, 0);
        } else {
            System.arraycopy(chars, 0, out, 0, length);
        }
        return out;
    }

    /** The segment holding text index {@code i}: the last one starting at or before it. */
    private int segmentOf(int i) {
        int k = Arrays.binarySearch(segmentText, 0, segments, i);
        return k >= 0 ? k : -k - 2;
    }

    /** Records that the next character appended stands at raw {@code offset} (-1: none). */
    private void mapNext(int offset) {
        int at = length;
        if (segments > 0) {
            int k = segments - 1;
            int r = segmentRaw[k];
            if (offset < 0 ? r < 0 : r >= 0 && offset == r + (at - segmentText[k])) {
                return; // the last segment runs on
            }
        }
        addSegment(at, offset);
    }

    private void addSegment(int textIndex, int rawOffset) {
        if (segments >= segmentText.length) {
            segmentText = Arrays.copyOf(segmentText, segments * 2 + 4);
            segmentRaw = Arrays.copyOf(segmentRaw, segments * 2 + 4);
        }
        segmentText[segments] = textIndex;
        segmentRaw[segments] = rawOffset;
        segments++;
    }

    /**
     * Appends raw characters {@code source[from, to)} (the raw text's chars, so an index is a raw
     * offset), collapsing runs of whitespace into one space. A
     * column rule the OCR read as a bar, set off by a space on either side, is no text: it reads
     * as a space of its own.
     */
    void appendRaw(char[] source, int from, int to) {
        writable();
        int k = from;
        while (k < to) {
            int run = verbatimRun(source, k, to);
            if (run > k) {
                putRun(source, k, run, k);
                k = run;
                continue;
            }
            char c = source[k];
            if ((c == '|' || c == '¦') && isColumnRule(c, k == from ? ' ' : source[k - 1], k + 1 >= to ? ' ' : source[k + 1])) {
                appendSeparator(); // the space stands for no raw character: spans skip the rule
            } else if (Chars.isSpace(c)) {
                if (length > 0 && chars[length - 1] != ' ') {
                    // a space stands for itself; a tab or no-break space it replaces maps to no raw character
                    put(' ', c == ' ' ? k : -1);
                }
            } else {
                put(c, k); // a bar that is no column rule
            }
            k++;
        }
    }

    /**
     * Appends raw characters {@code source[from, to)} that go in exactly as printed: words set off
     * by single plain spaces, opening with no space (as {@link SourceLines#isPlainlySpaced} tells
     * of a line's text). What {@link #appendRaw} would append, without reading it char by char.
     */
    void appendVerbatim(char[] source, int from, int to) {
        writable();
        if (to > from) {
            putRun(source, from, to, from);
        }
    }

    /**
     * The end of the run from {@code k} that goes into the text exactly as printed: no bar, and
     * no space but a plain one after a character that is none (a space opening the text, or
     * after another, is dropped). Most of a line is one such run, copied at once; what ends it is
     * collapsed or read on its own.
     */
    private int verbatimRun(char[] line, int k, int n) {
        int dropped = length == 0 || chars[length - 1] == ' ' ? SPACE : 0; // SPACE when a space here would be dropped
        int j = k;
        while (j < n) {
            char c = line[j];
            int kind = c < 128 ? RUN_KINDS[c] : c == '¦' || Chars.isSpace(c) ? STOP : 0;
            // one test per char, rarely true: the branches a plain space or letter took were unpredictable
            if ((kind & (STOP | dropped)) != 0) {
                break;
            }
            dropped = kind; // a plain space drops the next; anything else goes in as printed
            j++;
        }
        return j;
    }

    /** A char's part in a verbatim run: 0 goes in as printed, {@link #SPACE} goes in unless a space came before, {@link #STOP} ends the run. */
    private static final int SPACE = 1;
    private static final int STOP = 2;
    private static final byte[] RUN_KINDS = new byte[128];

    static {
        for (char c = 0; c < 128; c++) {
            RUN_KINDS[c] = (byte) (c == ' ' ? SPACE : c == '|' || Chars.isSpace(c) ? STOP : 0);
        }
    }

    /** Appends {@code chars[from, to)}, which stand at raw offsets from {@code rawStart} on. */
    private void putRun(char[] source, int from, int to, int rawStart) {
        writable();
        mapNext(rawStart);
        int n = to - from;
        ensureRoom(n);
        System.arraycopy(source, from, chars, length, n);
        length += n;
    }

    private void ensureRoom(int more) {
        if (length + more > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(Math.max(256, chars.length * 2), length + more));
        }
    }

    /** Whether {@code source[i]}, in a line's text {@code [from, to)}, is a column rule. */
    static boolean isColumnRule(char[] source, int i, int from, int to) {
        return isColumnRule(source[i], i == from ? ' ' : source[i - 1], i + 1 >= to ? ' ' : source[i + 1]);
    }

    /** A bar with white space (or the line's end, given as a space) on either side. */
    private static boolean isColumnRule(char c, char before, char after) {
        return (c == '|' || c == '¦') && (Chars.isWhitespace(before) || Chars.isWhitespace(after));
    }

    /** Joins the next line with one space, unless the text already ends in one. */
    void appendSeparator() {
        if (length > 0 && charAt(length - 1) != ' ') {
            put(' ', -1);
        }
    }

    /** Appends a character the restorer supplied (a kept hyphen printed as ¬); it maps to no raw text. */
    void appendSyntheticChar(char c) {
        put(c, -1);
    }

    /**
     * Makes the complete unit's text a string and drops the room kept for growth: a long text
     * holds many finished units, and later stages read each as a string. Lent arrays go back,
     * grown as they are, to their {@link Room}. A later change makes the text an array again.
     */
    void compact() {
        if (chars == null) {
            return; // compact already
        }
        String text = toString();
        int[] grownText = segmentText;
        int[] grownRaw = segmentRaw;
        segmentText = Arrays.copyOf(grownText, segments);
        segmentRaw = Arrays.copyOf(grownRaw, segments);
        if (lender != null) {
            lender.chars = chars;
            lender.segmentText = grownText;
            lender.segmentRaw = grownRaw;
            lender.tenant = null;
            lender = null;
        }
        chars = null;
        frozen = text;
    }

    /** Readies the text for a change: an array again if {@link #compact} made it a string, and no string made before the change. */
    private void writable() {
        if (chars == null) {
            chars = frozen.toCharArray();
        }
        frozen = null;
    }

    /**
     * Frees the draft once its record is made: the record keeps the text and its spans, and on a
     * long input the drafts and the records would otherwise be held side by side. The draft is
     * empty afterwards.
     */
    void discard() {
        if (lender != null) {
            lender.tenant = null; // the room keeps the arrays it had
            lender = null;
        }
        chars = new char[0];
        length = 0;
        segmentText = new int[0];
        segmentRaw = new int[0];
        segments = 0;
        frozen = null;
    }

    void trimEnd() {
        writable();
        while (length > 0 && chars[length - 1] == ' ') {
            length--;
        }
        while (segments > 0 && segmentText[segments - 1] >= length) {
            segments--;
        }
    }

    boolean endsWithSpace() {
        return length > 0 && charAt(length - 1) == ' ';
    }

    /** Removes {@code [from, to)}: segments before it stay, those after it move back, one it cuts is split. */
    void delete(int from, int to) {
        writable();
        java.util.Objects.checkFromToIndex(from, to, length);
        if (to == length) {
            // the end of the text (a line-end hyphen resolved): segments from the cut on go, none moves
            while (segments > 0 && segmentText[segments - 1] >= from) {
                segments--;
            }
            length = from;
            return;
        }
        int removed = to - from;
        int[] oldText = segmentText;
        int[] oldRaw = segmentRaw;
        int count = segments;
        segmentText = new int[count + 1];
        segmentRaw = new int[count + 1];
        segments = 0;
        for (int k = 0; k < count; k++) {
            int a = oldText[k];
            int b = k + 1 < count ? oldText[k + 1] : length;
            int r = oldRaw[k];
            if (a < from) {
                addSegment(a, r);
            }
            if (b > to) {
                int start = Math.max(a, to);
                addSegment(start - removed, r < 0 ? -1 : r + (start - a));
            }
        }
        System.arraycopy(chars, to, chars, from, length - to);
        length -= removed;
    }

    private void put(char c, int offset) {
        writable();
        mapNext(offset);
        ensureRoom(1);
        chars[length++] = c;
    }

    /**
     * Spans: maximal runs where consecutive text characters come from consecutive raw characters
     * of one line. Inserted spaces belong to no span. Read from the segments, a run at a time: a
     * segment already maps consecutive characters to consecutive raw offsets, so only its ends,
     * and the line ends inside it, can close a span.
     */
    List<Span> spans(SourceLines lines) {
        List<Span> spans = new ArrayList<>();
        int n = length;
        int start = -1; // the open span's first text index; -1 when none is open
        int rawStart = 0;
        int lastRaw = 0; // the raw offset of the open span's last character
        int line = 0;
        int lineEnd = 0;
        for (int k = 0; k < segments; k++) {
            int p = segmentText[k];
            int b = Math.min(n, k + 1 < segments ? segmentText[k + 1] : n);
            int r = segmentRaw[k];
            if (p >= b) {
                continue;
            }
            if (r < 0) {
                if (start >= 0) {
                    spans.add(span(start, rawStart, lastRaw, line));
                    start = -1;
                }
                continue;
            }
            while (p < b) {
                if (start >= 0 && r == lastRaw + 1 && r < lineEnd) {
                    int take = Math.min(b - p, lineEnd - r);
                    lastRaw += take;
                    p += take;
                    r += take;
                } else {
                    if (start >= 0) {
                        spans.add(span(start, rawStart, lastRaw, line));
                    }
                    start = p;
                    rawStart = r;
                    lastRaw = r;
                    line = lineOf(lines, r, line);
                    lineEnd = lines.end(line);
                    p++;
                    r++;
                }
            }
        }
        if (start >= 0) {
            spans.add(span(start, rawStart, lastRaw, line));
        }
        return spans;
    }

    /**
     * The line holding raw {@code offset}, looked for from {@code near} on: a text's spans mostly
     * follow one another line by line, where a search of all lines would cost a cache miss a step.
     */
    private static int lineOf(SourceLines lines, int offset, int near) {
        if (near >= lines.count() || offset < lines.start(near)) {
            return lines.lineOf(offset);
        }
        int line = near;
        for (int steps = 0; line + 1 < lines.count() && offset >= lines.start(line + 1); steps++) {
            if (steps == 4) {
                return lines.lineOf(offset); // far ahead: a search is quicker
            }
            line++;
        }
        return line;
    }

    private static Span span(int start, int rawStart, int lastRaw, int line) {
        return new Span(start, start + lastRaw - rawStart + 1, rawStart, lastRaw + 1, line + 1);
    }

    /** The first raw offset of the text, or -1 when none. */
    int firstRaw() {
        for (int k = 0; k < segments; k++) {
            if (segmentRaw[k] >= 0 && segmentText[k] < length) {
                return segmentRaw[k];
            }
        }
        return -1;
    }

    @Override
    public String toString() {
        if (frozen == null) {
            frozen = new String(chars, 0, length);
        }
        return frozen;
    }
}
