package org.dossier.restore;

import java.util.HashMap;
import java.util.Map;

/**
 * Gives footnotes their ids in reading order: {@code fn-} and the label ({@code fn-12},
 * {@code fn-6a}), {@code fn-s1}, {@code fn-s2} … for symbols ({@code *}, {@code †}), and a label
 * seen before gets {@code -2}, {@code -3} … One instance per edition, however many windows it is
 * restored in.
 */
final class NoteIds {
    private final Map<String, Integer> seen = new HashMap<>();
    private int symbols;

    String next(String label) {
        String base;
        if (label != null && !label.isEmpty() && Character.isLetterOrDigit(label.charAt(0))) {
            base = "fn-" + label;
        } else {
            base = "fn-s" + (++symbols);
        }
        int n = seen.merge(base, 1, Integer::sum);
        return n == 1 ? base : base + "-" + n;
    }
}
