package org.dossier.restore;

import org.dossier.text.EditDistance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds page breaks from page furniture: a printed page number standing alone between blank
 * lines, a running head that recurs in the same isolated position, or a form feed. Clusters of
 * such lines (number, date line, title line) mark the top of a page and are removed from the
 * body. Numbers must climb in sequence; a stray number that breaks it is not a page number.
 */
final class PageFinder {
    private static final Pattern NUMBER_LINE = Pattern.compile("^[|\\s]*(\\d{1,4})[|.\\s]*$");
    /** "Page" (OCR-garbled "Pago", glued "PageThree") and the word after it, letters only. */
    private static final Pattern PAGE_WORD = Pattern.compile("(?i)(?<![\\p{L}])(p\\p{L}g\\p{L}|p\\p{L}ge|pa\\p{L}e)\\s*(\\p{L}{2,10}|\\d{1,4})(?![\\p{L}])");
    private static final String[] WORD_NUMBERS = {
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
        "nineteen", "twenty"};
    /** Furniture lines further apart than this belong to different clusters. */
    private static final int CLUSTER_REACH = 6;
    /** A page is never shorter than this many lines: closer furniture is one cluster's echo. */
    private static final int MIN_PAGE_LINES = 15;

    private final SourceLines lines;
    private final int width;

    PageFinder(SourceLines lines, int width) {
        this.lines = lines;
        this.width = width;
    }

    List<PageFrame> find(int firstProseLine) {
        int n = lines.count();
        String[] headKeys = new String[n];
        Map<String, Integer> headCounts = countIsolatedHeads(n, headKeys);
        List<int[]> marks = new ArrayList<>(); // {line, kind(0 number,1 head,2 formfeed), value}
        int lastNumber = Integer.MIN_VALUE;
        int lastNumberLine = -MIN_PAGE_LINES;
        boolean spelled = false;
        for (int i = 0; i < n; i++) {
            if (lines.hasFormFeed(i)) {
                marks.add(new int[] {i, 2, 0});
            }
            boolean isolated = isIsolated(i);
            if (!isolated && (!isAtBlockEdge(i) || lines.trimmedLength(i) > PAGE_LABEL_LENGTH)) {
                continue; // at a block's edge only a spelled-out label counts (below), and no label runs longer
            }
            String t = lines.trimmed(i);
            Integer printed = pageNumber(t); // read once: asked again below
            boolean word = printed != null && !isNumberLine(t);
            if (!isolated && !word) {
                continue; // at a block's edge only a spelled-out label is as good as isolated
            }
            Integer number = printed;
            if (number != null && !word && spelled) {
                number = null; // pages numbered in words print no bare digits: a stray "5" is no page
            }
            if (number == null && isHead(i, t, headCounts, headKeys)) {
                number = numberBesideHead(t); // "138 FOREIGN POLICY REPORTS", "The Far East 140"
            }
            boolean placed = i >= firstProseLine && i - lastNumberLine >= MIN_PAGE_LINES;
            if (placed && !(number != null && climbs(number, lastNumber))) {
                // "SEE Page Tue", "Px Two", "Page Fone": a damaged label read against the sequence
                Integer guided = expectedPageWord(t, lastNumber == Integer.MIN_VALUE ? 2 : lastNumber + 1);
                if (guided != null) {
                    number = guided;
                    word = true;
                }
            }
            if (number != null && placed && climbs(number, lastNumber)) {
                marks.add(new int[] {i, 0, number});
                if (printed == null && !word) {
                    marks.add(new int[] {i, 1, 0}); // the same line is also the running head
                }
                lastNumber = number;
                lastNumberLine = i;
                spelled |= word;
            } else if (number == null && i >= firstProseLine && isHead(i, t, headCounts, headKeys)) {
                marks.add(new int[] {i, 1, 0});
            }
        }
        addNeighbours(marks);
        List<PageFrame> frames = frames(n, marks);
        return new PageGaps(lines, width).fill(frames, firstProseLine, spelled);
    }

    private static boolean climbs(int number, int last) {
        return last == Integer.MIN_VALUE || (number > last && number <= last + 3);
    }

    /** A page label at the line's end, after rule debris: "Px Two", "SEE Page Tue", "EE Page Fone". */
    static final Pattern LABEL_AT_END = Pattern.compile("(?<![\\p{L}])([Pp]\\p{L}{0,3})\\s*(\\p{L}{3,8})[^\\p{L}]*$");
    private static final Pattern PROSE_RUN = Pattern.compile("\\p{Ll}{4,}");

    /**
     * The spelled-out page number a damaged label names, read against the number the sequence
     * expects next: the expected word within two edits, no later number word nearer, a "Page" word
     * before it (however damaged) and nothing but rule debris before that. Null otherwise.
     */
    static Integer expectedPageWord(String t, int expected) {
        if (expected < 2 || expected + 2 >= WORD_NUMBERS.length || t.length() > 80
                || !mayEndWithPageLabel(t)) {
            return null;
        }
        Matcher m = LABEL_AT_END.matcher(t);
        if (!m.find() || PROSE_RUN.matcher(t.substring(0, m.start())).find()) {
            return null;
        }
        String page = m.group(1).toLowerCase(Locale.ROOT);
        if (page.length() >= 3 && EditDistance.between(page, "page") > 2) {
            return null;
        }
        String w = m.group(2).toLowerCase(Locale.ROOT);
        int d = EditDistance.between(w, WORD_NUMBERS[expected]);
        if (d > 2 || java.util.Arrays.asList(WORD_NUMBERS).contains(w) && d > 0) {
            return null; // "Page One" is printed as it reads
        }
        for (int v = expected + 1; v <= expected + 2; v++) {
            if (EditDistance.between(w, WORD_NUMBERS[v]) < d) { // a tie goes to the sequence
                return null;
            }
        }
        return expected;
    }

    /**
     * What {@link #LABEL_AT_END} cannot match without: its "p" (the label's "Page", however
     * damaged) opens the line's last run of letters (the number's word glued to it), or the run
     * before, with only white space between the two; read from the line's end, where most lines
     * fail at once. A surrogate there (half of a letter the pattern counts as one) lets the line through.
     */
    static boolean mayEndWithPageLabel(String t) {
        int end = t.length();
        while (end > 0 && !Chars.isLetter(t.charAt(end - 1))) {
            if (Character.isSurrogate(t.charAt(--end))) {
                return true;
            }
        }
        int last = runStart(t, end);
        if (last < 0 || last == end) {
            return last < 0; // a surrogate in the run, or no letter at all
        }
        if ((t.charAt(last) | 0x20) == 'p') {
            return true;
        }
        int gap = last;
        while (gap > 0 && Chars.isRegexSpace(t.charAt(gap - 1))) {
            gap--;
        }
        int before = gap < last ? runStart(t, gap) : gap;
        return before < 0 || before < gap && (t.charAt(before) | 0x20) == 'p';
    }

    /** Where the run of letters ending at {@code end} begins ({@code end} if none does); -1 if a surrogate stands before it. */
    private static int runStart(String t, int end) {
        int i = end;
        while (i > 0 && Chars.isLetter(t.charAt(i - 1))) {
            i--;
        }
        return i > 0 && Character.isSurrogate(t.charAt(i - 1)) ? -1 : i;
    }

    /**
     * A short isolated line right beside a page number (a date line, a head that appears only
     * once) belongs to the same furniture.
     */
    private void addNeighbours(List<int[]> marks) {
        List<int[]> extra = new ArrayList<>();
        java.util.Set<Integer> taken = new java.util.HashSet<>();
        for (int[] m : marks) {
            taken.add(m[0]);
        }
        for (int[] m : marks) {
            if (m[1] != 0) {
                continue;
            }
            for (int i = Math.max(0, m[0] - CLUSTER_REACH); i <= Math.min(lines.count() - 1, m[0] + CLUSTER_REACH); i++) {
                String t = lines.trimmed(i);
                if (!taken.contains(i) && isIsolated(i) && t.length() * 5 <= width * 4 && !Flow.endsSentence(t)
                        && !startsWithNoteLabel(t) && PageFinder.headKey(t).length() >= 3) {
                    extra.add(new int[] {i, 1, 0});
                    taken.add(i);
                }
            }
        }
        marks.addAll(extra);
        marks.sort((a, b) -> Integer.compare(a[0], b[0]));
    }

    private List<PageFrame> frames(int n, List<int[]> marks) {
        List<PageFrame> frames = new ArrayList<>();
        int pageStart = 0;
        Integer printed = null;
        String head = null;
        LineSet furniture = new LineSet();
        int k = 0;
        while (k < marks.size()) {
            int clusterStart = marks.get(k)[0];
            boolean formFeed = marks.get(k)[1] == 2;
            Integer clusterNumber = null;
            List<String> heads = new ArrayList<>();
            LineSet clusterLines = new LineSet();
            int last = clusterStart;
            while (k < marks.size() && marks.get(k)[0] - last <= CLUSTER_REACH
                    && !(marks.get(k)[1] == 2 && marks.get(k)[0] != clusterStart)) {
                int[] m = marks.get(k);
                last = m[0];
                if (m[1] == 0) {
                    clusterNumber = m[2];
                    clusterLines.set(m[0]);
                } else if (m[1] == 1) {
                    heads.add(lines.trimmed(m[0]));
                    clusterLines.set(m[0]);
                } else {
                    formFeed = true;
                }
                k++;
            }
            boolean farEnough = clusterStart - pageStart >= MIN_PAGE_LINES || formFeed;
            if (!farEnough && frames.isEmpty() && pageStart == 0) {
                farEnough = clusterStart > 0;
            }
            if (farEnough && clusterStart > pageStart) {
                frames.add(new PageFrame(pageStart, clusterStart, printed, head, furniture));
                pageStart = clusterStart;
                printed = clusterNumber;
                head = heads.isEmpty() ? null : String.join(" · ", heads);
                furniture = clusterLines;
            } else {
                // furniture close to the previous break belongs to the same page top
                furniture.or(clusterLines);
                if (printed == null) {
                    printed = clusterNumber;
                }
                if (head == null && !heads.isEmpty()) {
                    head = String.join(" · ", heads);
                }
            }
        }
        frames.add(new PageFrame(pageStart, n, printed, head, furniture));
        return frames;
    }

    /** How often each isolated line's head key recurs; each key is kept in {@code keys} at its line, to be asked again. */
    private Map<String, Integer> countIsolatedHeads(int n, String[] keys) {
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < n; i++) {
            if (isIsolated(i) && lines.trimmedLength(i) <= width * 6 / 5) {
                String t = lines.trimmed(i);
                if (!startsWithNoteLabel(t)) {
                    String key = headKey(t);
                    keys[i] = key;
                    if (longEnoughKey(key, t)) {
                        counts.merge(key, 1, Integer::sum);
                    }
                }
            }
        }
        return counts;
    }

    /** Whether line {@code i} ({@code t}) is a recurring head; its key is read from {@code keys} if counted there. */
    private boolean isHead(int i, String t, Map<String, Integer> headCounts, String[] keys) {
        if (t.length() > width * 6 / 5 || startsWithNoteLabel(t)) {
            return false;
        }
        String key = keys[i] != null ? keys[i] : headKey(t);
        return longEnoughKey(key, t) && headCounts.getOrDefault(key, 0) >= 2;
    }

    /** "12. Ibid., p. 1066." is a note, however often its words recur; "21 QUARTERLY NOTES" may be a head. */
    private static boolean startsWithNoteLabel(String t) {
        if (t.isEmpty() || !BlockClassifier.mayOpenLabel(t.charAt(0))) {
            return false; // both label patterns open with a digit or a note symbol: most lines are let go here
        }
        Matcher m = BlockClassifier.LABEL.matcher(t);
        if (m.lookingAt()) {
            int end = m.end(1) + (m.group(2) == null ? 0 : 1);
            return end < t.length() && (t.charAt(end) == '.' || t.charAt(end) == ',');
        }
        return BlockClassifier.SYMBOL_LABEL.matcher(t).lookingAt();
    }

    /** Three letters recur by chance in debris; a short head must carry digits, as a date line does ("May 3, 1935"). */
    private static boolean longEnoughKey(String key, String line) {
        return key.length() >= 4 || (key.length() == 3 && line.chars().anyMatch(Character::isDigit));
    }

    /** Letters only, lower-cased: a running head recurs with different dates and damaged digits. */
    static String headKey(String t) {
        char[] key = new char[t.length()];
        int n = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Chars.isLetter(c)) {
                key[n++] = Character.toLowerCase(c);
            }
        }
        return new String(key, 0, n);
    }

    /**
     * Whether line {@code i} opens or closes a block: where a spelled-out label ("Page Three") may
     * stand, the page's first column run on below it without a blank line, as good as isolated
     * since no prose line reads so.
     */
    private boolean isAtBlockEdge(int i) {
        return !lines.isBlank(i) && (i == 0 || lines.isBlank(i - 1) || i + 1 >= lines.count() || lines.isBlank(i + 1));
    }

    private boolean isIsolated(int i) {
        return !lines.isBlank(i)
            && (i == 0 || lines.isBlank(i - 1))
            && (i + 1 >= lines.count() || lines.isBlank(i + 1));
    }

    private static int lettersOutside(String t, int from, int to) {
        int n = 0;
        for (int i = 0; i < t.length(); i++) {
            if ((i < from || i >= to) && Character.isLetter(t.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    private static final Pattern LEADING_NUMBER = Pattern.compile("^(\\d{1,4})\\s+\\p{L}.*");
    private static final Pattern TRAILING_NUMBER = Pattern.compile(".*(?:[\\p{L}.]|\\b1[6-9]\\d\\d)\\s+(\\d{1,4})$");

    /** A page number printed on the running head's line, at either end (a date's year is not one). */
    static Integer numberBesideHead(String t) {
        Matcher m = LEADING_NUMBER.matcher(t);
        if (!m.matches()) {
            m = TRAILING_NUMBER.matcher(t);
            if (!m.matches()) {
                return null;
            }
        }
        int v = Integer.parseInt(m.group(1));
        return v > 0 ? v : null;
    }

    /**
     * The number a spelled-out word names, read through OCR damage ("Twe", "lwo", "Fourr"): the
     * one number word within one edit, or two for words of six letters or more; none if two tie.
     */
    static Integer numberWord(String w) {
        Integer best = null;
        int bestDistance = Integer.MAX_VALUE;
        boolean tie = false;
        int allowed = w.length() >= 6 ? 2 : 1;
        for (int v = 1; v < WORD_NUMBERS.length; v++) {
            int d = EditDistance.between(w, WORD_NUMBERS[v]);
            if (d < bestDistance) {
                bestDistance = d;
                best = v;
                tie = false;
            } else if (d == bestDistance) {
                tie = true;
            }
        }
        return bestDistance <= allowed && !tie ? best : null;
    }

    /**
     * Whether a line is a page number alone ({@link #NUMBER_LINE}); the pattern is tried only on a
     * line made of nothing but the characters it allows, so a line with a letter costs no match.
     */
    private static boolean isNumberLine(String t) {
        return numberLine(t) != null;
    }

    /** The match of {@link #NUMBER_LINE} on the whole line, or null. */
    private static Matcher numberLine(String t) {
        if (!onlyNumberLineChars(t)) {
            return null;
        }
        Matcher m = NUMBER_LINE.matcher(t);
        return m.matches() ? m : null;
    }

    /** Digits, bars, stops and the regex's white space, at least one digit among them. */
    private static boolean onlyNumberLineChars(String t) {
        boolean digit = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c >= '0' && c <= '9') {
                digit = true;
            } else if (c != '|' && c != '.' && c != ' ' && c != '\t' && c != '\n' && c != '\u000B' && c != '\f' && c != '\r') {
                return false;
            }
        }
        return digit;
    }

    /**
     * What every form of {@link #PAGE_WORD} holds: a {@code p} of either case with an {@code a}
     * after it or a {@code g} after the next letter. A text with a surrogate pair (a letter of two
     * chars) is let through, as the pattern counts letters in code points.
     */
    private static boolean mayNamePage(String t) {
        int n = t.length();
        for (int i = 0; i < n; i++) {
            char c = t.charAt(i);
            if ((c | 0x20) == 'p' && (i + 1 < n && (t.charAt(i + 1) | 0x20) == 'a' || i + 2 < n && (t.charAt(i + 2) | 0x20) == 'g')
                    || Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    /** The longest line read as a page's spelled-out label ("Page Two", with rule debris around it). */
    private static final int PAGE_LABEL_LENGTH = 40;

    static Integer pageNumber(String t) {
        Matcher number = numberLine(t);
        if (number != null) {
            int v = Integer.parseInt(number.group(1));
            return v > 0 ? v : null;
        }
        Matcher m = t.length() <= PAGE_LABEL_LENGTH && mayNamePage(t) ? PAGE_WORD.matcher(t) : null;
        if (m != null && m.find() && lettersOutside(t, m.start(), m.end()) <= 3) {
            String w = m.group(2).toLowerCase(Locale.ROOT);
            if (Character.isDigit(w.charAt(0))) {
                int v = Integer.parseInt(w);
                return v > 0 ? v : null;
            }
            return numberWord(w);
        }
        return null;
    }
}
