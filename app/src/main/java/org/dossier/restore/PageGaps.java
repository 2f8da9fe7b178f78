package org.dossier.restore;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the pages whose printed number the OCR lost, from the structure around them. The
 * statutory imprint ("Series, Vol. N, No. N, date. Published weekly by …", the postal entry
 * notice, the subscription price) closes a page: when a page's worth of prose follows it before
 * the next page top, a page begins there. Printed numbers climb by one a page: where two numbers
 * read are further apart than the pages found between them, the longest page between them is
 * cut at the heading nearest its middle. Spelled-out labels ("Page Two") count from the issue's
 * first page, which prints none.
 */
final class PageGaps {
    /** A page holds at least this many lines of prose; less after an imprint is its tail. */
    private static final int MIN_PROSE_LINES = 15;
    /** Fewer lines of prose than this make no page at all: debris under the last imprint. */
    private static final int TAIL_PROSE_LINES = 3;
    /** Imprint lines further apart than this are different blocks. */
    private static final int IMPRINT_REACH = 10;
    /** At most this many pages are inferred between two numbers read. */
    private static final int MAX_MISSING = 2;

    private final SourceLines lines;
    private final int width;

    PageGaps(SourceLines lines, int width) {
        this.lines = lines;
        this.width = width;
    }

    List<PageFrame> fill(List<PageFrame> found, int firstProse, boolean spelled) {
        List<PageFrame> frames = splitAfterImprints(mergeTails(found), firstProse, spelled);
        return fillNumberGaps(frames, spelled);
    }

    /**
     * A page without a number, a form feed or any prose (a head-like line among the debris
     * under an imprint) is the tail of the one before.
     */
    private List<PageFrame> mergeTails(List<PageFrame> frames) {
        List<PageFrame> out = new ArrayList<>();
        for (PageFrame f : frames) {
            if (!out.isEmpty() && f.printed() == null && !lines.hasFormFeed(f.start())
                    && !holdsBodyLines(f.start(), f.end(), TAIL_PROSE_LINES)) {
                PageFrame prev = out.remove(out.size() - 1);
                LineSet furniture = new LineSet();
                furniture.or(prev.furniture());
                furniture.or(f.furniture());
                out.add(new PageFrame(prev.start(), f.end(), prev.printed(), prev.runningHead(), furniture));
            } else {
                out.add(f);
            }
        }
        return out;
    }

    /**
     * Splits a page after an imprint that a page's worth of prose follows, unless the numbers
     * read around it leave no room for another page (a masthead set inside the first page).
     */
    private List<PageFrame> splitAfterImprints(List<PageFrame> found, int firstProse, boolean spelled) {
        List<PageFrame> frames = new ArrayList<>(found);
        int k = 0;
        int from = firstProse;
        while (k < frames.size()) {
            PageFrame f = frames.get(k);
            int foot = imprintEnd(f, Math.max(f.start(), from));
            int next = foot < 0 ? -1 : nextNonBlank(foot + 1, f.end());
            if (foot < 0) {
                k++;
                from = firstProse;
            } else if (next < 0 || proseLines(next, f.end()) < MIN_PROSE_LINES
                    || proseLines(f.start(), foot) < MIN_PROSE_LINES || room(frames, k, spelled) < 1) {
                from = foot + 1;
            } else {
                frames.set(k, new PageFrame(f.start(), next, f.printed(), f.runningHead(), f.furniture()));
                frames.add(k + 1, new PageFrame(next, f.end(), null, null, f.furniture()));
                k++;
                from = next;
            }
        }
        return frames;
    }

    /**
     * How many pages the numbers read allow between the numbered pages around frame {@code k}
     * beyond those found; unbounded where no number follows or none comes before.
     */
    private static int room(List<PageFrame> frames, int k, boolean spelled) {
        int prevIndex = -1;
        int prevNumber = 0;
        if (spelled && frames.get(0).printed() == null && frames.get(0).start() == 0) {
            prevIndex = 0;
            prevNumber = 1;
        }
        for (int i = 0; i <= k; i++) {
            if (frames.get(i).printed() != null) {
                prevIndex = i;
                prevNumber = frames.get(i).printed();
            }
        }
        for (int j = k + 1; j < frames.size(); j++) {
            Integer q = frames.get(j).printed();
            if (q != null) {
                return prevIndex < 0 ? Integer.MAX_VALUE : (q - prevNumber) - (j - prevIndex);
            }
        }
        return Integer.MAX_VALUE;
    }

    /** The last line of the first imprint block in the frame at or after {@code from}, or -1. */
    private int imprintEnd(PageFrame f, int from) {
        int i = from;
        while (i < f.end()) {
            if (!isStatutory(i)) {
                i++;
                continue;
            }
            int last = i;
            boolean statute = isStatute(i);
            for (int k = i + 1; k < f.end() && k - last <= IMPRINT_REACH; k++) {
                if (isImprintLine(k)) {
                    last = k;
                    statute |= isStatute(k);
                }
            }
            if (statute) {
                return last;
            }
            i = last + 1; // a note citing "Foreign Policy Reports, Vol. VII, No. 20" is no imprint
        }
        return -1;
    }

    /**
     * Whether line {@code i} is the masthead line or a statute's. Each pattern is tried only on a
     * line holding a word it cannot match without (the masthead names a volume, the imprint and
     * the postal notice their words), read from the line's facts: the lines of running text,
     * nearly all, are not copied out to be asked.
     */
    private boolean isStatutory(int i) {
        return BlockClassifier.isMastheadLine(lines, i) || isStatute(i);
    }

    private boolean isStatute(int i) {
        int words = lines.keywords(i);
        return (words & (SourceLines.ENTERED | SourceLines.PUBLISHED)) != 0
                && BlockClassifier.isImprint(lines.trimmed(i))
            || (words & (SourceLines.ENTERED | SourceLines.OFFICE | SourceLines.UNDER)) != 0
                && ImprintShape.isPostal(lines.imprintLine(i));
    }

    private List<PageFrame> fillNumberGaps(List<PageFrame> start, boolean spelled) {
        List<PageFrame> frames = new ArrayList<>(start);
        boolean changed = true;
        for (int round = 0; changed && round < frames.size() + MAX_MISSING; round++) {
            changed = false;
            int prevIndex = -1;
            int prevNumber = 0;
            if (spelled && !frames.isEmpty() && frames.get(0).printed() == null && frames.get(0).start() == 0) {
                prevIndex = 0;
                prevNumber = 1; // the first page of an issue numbered in words prints no number
            }
            for (int j = 0; j < frames.size() && !changed; j++) {
                Integer printed = frames.get(j).printed();
                if (printed == null) {
                    continue;
                }
                int missing = prevIndex < 0 ? 0 : (printed - prevNumber) - (j - prevIndex);
                if (missing >= 1 && missing <= MAX_MISSING) {
                    changed = splitLongest(frames, prevIndex, j);
                }
                prevIndex = j;
                prevNumber = printed;
            }
        }
        return frames;
    }

    /** Cuts the longest frame of {@code [from, to)} at its best page top; false if none fits. */
    private boolean splitLongest(List<PageFrame> frames, int from, int to) {
        int longest = -1;
        int most = 0;
        for (int k = from; k < to; k++) {
            int p = proseLines(frames.get(k).start(), frames.get(k).end());
            if (p > most) {
                most = p;
                longest = k;
            }
        }
        if (longest < 0 || most < 2 * MIN_PROSE_LINES) {
            return false;
        }
        PageFrame f = frames.get(longest);
        int cut = pageTop(f);
        if (cut < 0) {
            return false;
        }
        frames.set(longest, new PageFrame(f.start(), cut, f.printed(), f.runningHead(), f.furniture()));
        frames.add(longest + 1, new PageFrame(cut, f.end(), null, null, f.furniture()));
        return true;
    }

    /**
     * Where a page lost inside the frame most likely begins: a block start after a blank line,
     * a page's worth of prose from either end. A page top is a heading (short capitalised lines
     * closing no sentence, prose after them) and follows the column debris the OCR leaves at a
     * page's edge; of the candidates that look most like one, the nearest the frame's middle.
     */
    private int pageTop(PageFrame f) {
        int total = proseLines(f.start(), f.end());
        int best = -1;
        int bestScore = Integer.MAX_VALUE;
        int before = 0;
        for (int i = f.start(); i < f.end(); i++) {
            if (isProse(i)) {
                before++;
            }
            if (lines.isBlank(i) || i == f.start() || !lines.isBlank(i - 1) || f.furniture().get(i)
                    || before < MIN_PROSE_LINES || total - before < MIN_PROSE_LINES) {
                continue;
            }
            int score = Math.abs(2 * before - total)
                + (isHeading(lines.trimmed(i)) ? 0 : total) + (debrisBefore(i, f.start()) ? 0 : total);
            if (score < bestScore) {
                bestScore = score;
                best = i;
            }
        }
        return best;
    }

    /** Most of the few lines above are column fragments of a few letters: a page's edge. */
    private boolean debrisBefore(int line, int floor) {
        int seen = 0;
        int fragments = 0;
        for (int i = line - 1; i >= floor && seen < 8; i--) {
            if (lines.isBlank(i)) {
                continue;
            }
            seen++;
            if (lines.trimmedLength(i) * 10 < width * 3) {
                fragments++;
            }
        }
        return seen >= 3 && fragments * 3 >= seen * 2;
    }

    private boolean isHeading(String t) {
        return t.length() * 5 <= width * 4 && t.length() >= 6 && Character.isUpperCase(firstLetter(t))
            && !Flow.endsSentence(t) && t.chars().filter(Character::isLetter).count() * 2 >= t.length();
    }

    private static char firstLetter(String t) {
        for (int i = 0; i < t.length(); i++) {
            if (Character.isLetter(t.charAt(i))) {
                return t.charAt(i);
            }
        }
        return ' ';
    }

    private int nextNonBlank(int from, int end) {
        for (int i = from; i < end; i++) {
            if (!lines.isBlank(i)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether {@code [from, to)} holds at least {@code least} prose lines that are no part of an
     * imprint (which runs across the page or states a notice): read only until they are found.
     */
    private boolean holdsBodyLines(int from, int to, int least) {
        int n = 0;
        for (int i = from; i < to && n < least; i++) {
            if (isProse(i) && !isImprintLine(i)) {
                n++;
            }
        }
        return n >= least;
    }

    private boolean isImprintLine(int i) {
        return isStatutory(i) || lines.trimmedLength(i) > width * 8 / 5 || ImprintShape.isNotice(lines.imprintLine(i));
    }

    private int proseLines(int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (isProse(i)) {
                n++;
            }
        }
        return n;
    }

    /**
     * A line of running text: as long as most of the body's lines, or of thirty characters
     * where the OCR read two columns across as one line (and so widened the measure).
     */
    private boolean isProse(int i) {
        int len = lines.trimmedLength(i);
        if (len * 10 < Math.min(width * 7, 300)) {
            return false;
        }
        return lines.letters(i) * 2L >= len;
    }
}
