package org.dossier.restore;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reading text under construction, with the raw offset of every character kept beside it
 * ({@code -1} for a space the restorer put in), so that spans back to the raw text survive
 * joining, hyphen removal and marker removal. Whitespace is collapsed as text is appended.
 */
final class TextDraft {
    private final StringBuilder text = new StringBuilder();
    private int[] raw = new int[64];
    /** The raw characters being appended, copied out of the raw text once per line; one buffer per thread. */
    private static final ThreadLocal<char[]> SCRATCH = ThreadLocal.withInitial(() -> new char[512]);
    /** Lines longer than this get a buffer of their own, so that a huge line leaves no huge buffer behind. */
    private static final int SCRATCH_KEPT = 1 << 14;
    /** The text as a string, made once after the last change: later stages read it whole more than once. */
    private String frozen;

    int length() {
        return text.length();
    }

    CharSequence text() {
        return text;
    }

    char charAt(int i) {
        return text.charAt(i);
    }

    int rawAt(int i) {
        return raw[i];
    }

    /**
     * Appends raw characters {@code [from, to)}, collapsing runs of whitespace into one space. A
     * column rule the OCR read as a bar, set off by a space on either side, is no text: it reads
     * as a space of its own.
     */
    void appendRaw(String source, int from, int to) {
        int n = to - from;
        char[] line = SCRATCH.get();
        if (line.length < n) {
            line = new char[n];
            if (n <= SCRATCH_KEPT) {
                SCRATCH.set(line);
            }
        }
        source.getChars(from, to, line, 0); // one copy, then plain array reads
        for (int k = 0; k < n; k++) {
            char c = line[k];
            if ((c == '|' || c == '¦') && isColumnRule(c, k == 0 ? ' ' : line[k - 1], k + 1 >= n ? ' ' : line[k + 1])) {
                appendSeparator(); // the space stands for no raw character: spans skip the rule
            } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                if (text.length() > 0 && text.charAt(text.length() - 1) != ' ') {
                    put(' ', from + k);
                }
            } else {
                int run = k + 1; // a run of plain characters goes in at once
                while (run < n && isPlain(line[run])) {
                    run++;
                }
                putRun(line, k, run, from + k);
                k = run - 1;
            }
        }
    }

    private static boolean isPlain(char c) {
        return c != '|' && c != '¦' && !Character.isWhitespace(c) && !Character.isSpaceChar(c);
    }

    /** Appends {@code chars[from, to)}, which stand at raw offsets from {@code rawStart} on. */
    private void putRun(char[] chars, int from, int to, int rawStart) {
        frozen = null;
        int at = text.length();
        int length = to - from;
        if (at + length > raw.length) {
            raw = Arrays.copyOf(raw, Math.max(at + length, Math.max(16, raw.length * 2)));
        }
        for (int j = 0; j < length; j++) {
            raw[at + j] = rawStart + j;
        }
        text.append(chars, from, length);
    }

    static boolean isColumnRule(String source, int i, int from, int to) {
        return isColumnRule(source.charAt(i), i == from ? ' ' : source.charAt(i - 1),
            i + 1 >= to ? ' ' : source.charAt(i + 1));
    }

    /** A bar with white space (or the line's end, given as a space) on either side. */
    private static boolean isColumnRule(char c, char before, char after) {
        return (c == '|' || c == '¦') && (Character.isWhitespace(before) || Character.isWhitespace(after));
    }

    /** Joins the next line with one space, unless the text already ends in one. */
    void appendSeparator() {
        if (text.length() > 0 && text.charAt(text.length() - 1) != ' ') {
            put(' ', -1);
        }
    }

    /** Appends a character the restorer supplied (a kept hyphen printed as ¬); it maps to no raw text. */
    void appendSyntheticChar(char c) {
        put(c, -1);
    }

    /** Drops the room kept for growth, once the unit is complete: a long text holds many finished units. */
    void compact() {
        text.trimToSize();
        if (raw.length > text.length()) {
            raw = Arrays.copyOf(raw, Math.max(1, text.length()));
        }
    }

    /**
     * Frees the draft once its record is made: the record keeps the text and its spans, and on a
     * long input the drafts and the records would otherwise be held side by side. The draft is
     * empty afterwards.
     */
    void discard() {
        text.setLength(0);
        text.trimToSize();
        raw = new int[0];
        frozen = null;
    }

    void trimEnd() {
        frozen = null;
        while (text.length() > 0 && text.charAt(text.length() - 1) == ' ') {
            text.setLength(text.length() - 1);
        }
    }

    boolean endsWithSpace() {
        return text.length() > 0 && text.charAt(text.length() - 1) == ' ';
    }

    /** Removes {@code [from, to)}. */
    void delete(int from, int to) {
        frozen = null;
        text.delete(from, to);
        System.arraycopy(raw, to, raw, from, text.length() - from);
    }

    private void put(char c, int offset) {
        frozen = null;
        if (text.length() == raw.length) {
            raw = Arrays.copyOf(raw, Math.max(16, raw.length * 2));
        }
        raw[text.length()] = offset;
        text.append(c);
    }

    /**
     * Spans: maximal runs where consecutive text characters come from consecutive raw characters
     * of one line. Inserted spaces belong to no span.
     */
    List<Span> spans(SourceLines lines) {
        List<Span> spans = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (raw[i] < 0) {
                i++;
                continue;
            }
            int start = i;
            int line = lines.lineOf(raw[i]);
            int lineEnd = lines.end(line);
            i++;
            while (i < n && raw[i] == raw[i - 1] + 1 && raw[i] < lineEnd) {
                i++;
            }
            spans.add(new Span(start, i, raw[start], raw[i - 1] + 1, line + 1));
        }
        return spans;
    }

    /** The first raw offset of the text, or -1 when none. */
    int firstRaw() {
        for (int i = 0; i < text.length(); i++) {
            if (raw[i] >= 0) {
                return raw[i];
            }
        }
        return -1;
    }

    int lastRaw() {
        for (int i = text.length() - 1; i >= 0; i--) {
            if (raw[i] >= 0) {
                return raw[i];
            }
        }
        return -1;
    }

    @Override
    public String toString() {
        if (frozen == null) {
            frozen = text.toString();
        }
        return frozen;
    }
}
