package org.dossier.restore;

import java.util.Arrays;

/**
 * A small set of raw line numbers (the furniture lines of one page), kept sorted. A page holds a
 * handful of such lines wherever it stands in the text; a {@link java.util.BitSet} indexed by line
 * number would cost every page of a long text as much as the whole text before it.
 */
final class LineSet {
    private int[] lines = new int[4];
    private int size;

    boolean get(int line) {
        return Arrays.binarySearch(lines, 0, size, line) >= 0;
    }

    void set(int line) {
        int at = Arrays.binarySearch(lines, 0, size, line);
        if (at >= 0) {
            return;
        }
        at = -at - 1;
        if (size == lines.length) {
            lines = Arrays.copyOf(lines, size * 2);
        }
        System.arraycopy(lines, at, lines, at + 1, size - at);
        lines[at] = line;
        size++;
    }

    void or(LineSet other) {
        for (int i = 0; i < other.size; i++) {
            set(other.lines[i]);
        }
    }
}
