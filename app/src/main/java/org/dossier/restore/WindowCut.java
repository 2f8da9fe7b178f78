package org.dossier.restore;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Where a restored window that is not the last is cut (window lines, 1-based). Units (paragraphs
 * and notes) that start before {@code owned} are committed from this window; the next window
 * begins at {@code restart} (at or before {@code owned}) and commits what starts from
 * {@code owned} on. The text read again between the two gives the next window the pages before
 * its first own unit, so that a note there finds its marker on the page before.
 *
 * <p>The last page of a window may be cut by the window's end, and so may the last unit when the
 * window holds one page; {@code owned} is the first line from which nothing is committed yet
 * such that no unit runs across it: every committed unit is whole. Where no such line lies
 * beyond what earlier windows committed (one unit runs through the whole window), the window is
 * committed whole and {@code hard} says that its last unit may be cut in two. {@code pageStart}
 * says whether the next window begins where a page begins, or inside the last page committed.
 */
record WindowCut(int owned, int restart, boolean pageStart, boolean hard) {

    /** A window committed whole: the last of the text. */
    static WindowCut all(int lineCount) {
        return new WindowCut(lineCount + 1, lineCount + 1, false, false);
    }

    /**
     * The cut of a window of {@code lineCount} lines restored as {@code e}, where units starting
     * before window line {@code ownedBefore} were committed by earlier windows.
     */
    static WindowCut of(Edition e, int lineCount, int ownedBefore) {
        List<int[]> units = new ArrayList<>();
        e.paragraphs().forEach(p -> units.add(new int[] {p.startLine(), p.endLine()}));
        e.footnotes().forEach(f -> units.add(new int[] {f.startLine(), f.endLine()}));
        List<Page> pages = e.pages();
        int limit;
        if (pages.size() >= 2) {
            limit = pages.get(pages.size() - 1).startLine();
        } else {
            limit = units.stream().mapToInt(u -> u[0]).max().orElse(lineCount + 1);
        }
        int owned = clear(units, limit);
        if (owned <= Math.max(1, ownedBefore)) {
            boolean cutsUnit = units.stream().anyMatch(u -> u[1] >= lineCount);
            return new WindowCut(lineCount + 1, lineCount + 1, false, cutsUnit);
        }
        int restart = restart(pages, owned, lineCount / 4);
        boolean pageStart = pages.stream().anyMatch(p -> p.startLine() == restart);
        return new WindowCut(owned, restart, pageStart, false);
    }

    /**
     * The greatest line at or before {@code line} that no unit runs across: {@code line} itself or
     * a unit's first line, where every unit beginning before it has ended before it. One sort and
     * one sweep down, whatever the units' nesting.
     */
    private static int clear(List<int[]> units, int line) {
        units.sort(Comparator.comparingInt(u -> u[0]));
        int[] reach = new int[units.size()]; // the furthest end of the units up to each index
        for (int i = 0; i < units.size(); i++) {
            reach[i] = Math.max(units.get(i)[1], i == 0 ? Integer.MIN_VALUE : reach[i - 1]);
        }
        int before = units.size(); // units beginning before the candidate line
        int candidate = line;
        while (true) {
            while (before > 0 && units.get(before - 1)[0] >= candidate) {
                before--;
            }
            if (before == 0 || reach[before - 1] < candidate) {
                return candidate;
            }
            candidate = units.get(before - 1)[0];
        }
    }

    /**
     * The start of the page before the one holding {@code owned}, else of that page, else
     * {@code owned}: no more than {@code most} lines before it, so that a window of few and long
     * pages still moves on by most of its length.
     */
    private static int restart(List<Page> pages, int owned, int most) {
        int k = -1;
        for (int i = 0; i < pages.size() && pages.get(i).startLine() <= owned; i++) {
            k = i;
        }
        for (int i = Math.max(0, k - 1); i <= k; i++) {
            if (pages.get(i).startLine() > 1 && owned - pages.get(i).startLine() <= most) {
                return pages.get(i).startLine();
            }
        }
        return owned;
    }
}
