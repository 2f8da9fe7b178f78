package org.dossier.restore;

import java.util.Arrays;

/**
 * The raw text cut into lines, without copying it: line {@code i} (0-based) spans
 * {@code [start(i), end(i))}, its line terminator and a trailing CR excluded. Offsets are into
 * the raw string exactly as given to the restorer.
 */
final class SourceLines {
    private final String raw;
    private final int[] starts;
    private final int count;
    /** Where each line's text begins and how long it is without surrounding whitespace: asked for often. */
    private final int[] trimmedStarts;
    private final int[] trimmedLengths;
    /**
     * Per line, counted once over its trimmed text: letters, characters other than whitespace,
     * capitals, and lower-case characters that are no capitals. Page, block and flow stages each
     * ask them of the same lines.
     */
    private final int[] letters;
    private final int[] visible;
    private final int[] upper;
    private final int[] lower;
    /** Per line, the imprint words it holds ({@link #VO} …): asked by pages and blocks of nearly every line. */
    private final byte[] keywords;
    /**
     * The raw text's chars, index for index: the stages that read every character (counting,
     * the lexicon, the flow) read them from here, where a string's chars would be copied out
     * line by line first.
     */
    private final char[] chars;
    static final int VO = 1;
    static final int ENTERED = 2;
    static final int PUBLISHED = 4;
    static final int OFFICE = 8;
    static final int UNDER = 16;
    /** Beside the imprint words in {@link #keywords}: the line holds a bar. */
    private static final int BAR = 32;
    /** Beside them too: the line's text holds two spaces running, a control char (a tab …) or a space past ASCII (a no-break space …). */
    private static final int IRREGULAR_SPACES = 64;
    private static final FoldedWords KEYWORDS = FoldedWords.of("vo", "entered", "published", "office", "under");
    /** Per line, the line as the imprint tests read it ({@link ImprintShape.Line}), made when first asked. */
    private ImprintShape.Line[] imprintLines;
    /** Whether the text holds a form feed at all: most hold none, and then no line need be scanned. */
    private final boolean anyFormFeed;

    SourceLines(String raw) {
        this.raw = raw;
        this.chars = raw.toCharArray();
        int[] s = new int[Math.max(16, raw.length() / 40)];
        int n = 0;
        s[n++] = 0;
        for (int i = raw.indexOf('\n'); i >= 0; i = raw.indexOf('\n', i + 1)) {
            if (n == s.length) {
                s = Arrays.copyOf(s, s.length * 2);
            }
            s[n++] = i + 1;
        }
        if (n > 1 && s[n - 1] == raw.length()) {
            n--; // a final newline does not open another line
        }
        this.starts = s;
        this.count = raw.isEmpty() ? 0 : n;
        this.trimmedStarts = new int[count];
        this.trimmedLengths = new int[count];
        this.letters = new int[count];
        this.visible = new int[count];
        this.upper = new int[count];
        this.lower = new int[count];
        this.keywords = new byte[count];
        for (int i = 0; i < count; i++) {
            trim(i);
            tally(i);
        }
        markDoubleSpaces();
        this.anyFormFeed = raw.indexOf('\f') >= 0;
    }

    String raw() {
        return raw;
    }

    /** The raw text's chars (offsets as in {@link #raw}); shared, not to be written. */
    char[] chars() {
        return chars;
    }

    int count() {
        return count;
    }

    int start(int line) {
        return starts[line];
    }

    int end(int line) {
        int e = line + 1 < count ? starts[line + 1] - 1 : raw.length();
        if (e > starts[line] && raw.charAt(e - 1) == '\r') {
            e--;
        }
        return e;
    }

    String text(int line) {
        return raw.substring(start(line), end(line));
    }

    /** The line without surrounding whitespace, form feeds included. */
    String trimmed(int line) {
        int s = trimmedStarts[line];
        return raw.substring(s, s + trimmedLengths[line]);
    }

    /** The raw offset where the line's text begins, its leading whitespace skipped. */
    int trimmedStart(int line) {
        return trimmedStarts[line];
    }

    /** The raw offset where the line's text ends, its trailing whitespace excluded. */
    int trimmedEnd(int line) {
        return trimmedStarts[line] + trimmedLengths[line];
    }

    /** The length of the line without surrounding whitespace, computed without copying it. */
    int trimmedLength(int line) {
        return trimmedLengths[line];
    }

    boolean isBlank(int line) {
        return trimmedLengths[line] == 0;
    }

    private void trim(int line) {
        int s = start(line);
        int e = end(line);
        while (s < e && Chars.isWhitespace(raw.charAt(s))) {
            s++;
        }
        while (e > s && Chars.isWhitespace(raw.charAt(e - 1))) {
            e--;
        }
        trimmedStarts[line] = s;
        trimmedLengths[line] = e - s;
    }

    /** Counts the line's characters by class and finds its imprint words, in one pass over it. */
    private void tally(int line) {
        char[] t = chars;
        int s = trimmedStarts[line];
        int e = s + trimmedLengths[line];
        int l = 0;
        int v = 0;
        int u = 0;
        int lo = 0;
        int words = 0;
        int before = 0; // no letter before the line
        int facts = 0; // every char's facts (ASCII_FACTS) or'ed: whether a bar or an irregular space stands
        for (int chunk = s; chunk < e; chunk += TALLY_CHUNK) {
            long counts = 0; // four counts of 16 bits, added at once (see COUNTS)
            for (int i = chunk, end = Math.min(e, chunk + TALLY_CHUNK); i < end; i++) {
                char ch = t[i];
                int fact;
                if (ch < 128) {
                    counts += ASCII_COUNTS[ch];
                    fact = ASCII_FACTS[ch];
                } else {
                    counts += counts(ch);
                    fact = Chars.isSpace(ch) || ch == '¦' ? IRREGULAR_SPACE_FACT : 0;
                }
                facts |= fact;
                int letter = fact & LETTER_CODE;
                if (KEYWORDS.opens(before, letter)) {
                    words = KEYWORDS.matchesAt(t, i - 1, e, words);
                }
                before = letter;
            }
            l += (int) (counts & 0xFFFF);
            v += (int) (counts >>> 16 & 0xFFFF);
            u += (int) (counts >>> 32 & 0xFFFF);
            lo += (int) (counts >>> 48);
        }
        boolean bar = (facts & BAR_FACT) != 0;
        boolean irregularSpaces = (facts & IRREGULAR_SPACE_FACT) != 0;
        letters[line] = l;
        keywords[line] = (byte) (words | (bar ? BAR : 0) | (irregularSpaces ? IRREGULAR_SPACES : 0));
        visible[line] = v;
        upper[line] = u;
        lower[line] = lo;
    }

    /**
     * Per character, its counts as four fields of 16 bits: a letter, visible (not whitespace), a
     * capital, lower case and no capital. A line's counts are one addition per character, read
     * for ASCII from a small table; in chunks short enough that no field overflows.
     */
    private static long counts(char c) {
        int k = Chars.classesOf(c);
        return ((k & Chars.LETTER) != 0 ? 1L : 0)
            | ((k & Chars.WHITESPACE) != 0 ? 0 : 1L << 16)
            | ((k & Chars.UPPER) != 0 ? 1L << 32 : 0)
            | ((k & (Chars.UPPER | Chars.LOWER)) == Chars.LOWER ? 1L << 48 : 0);
    }

    private static final int TALLY_CHUNK = 0xFFFF;
    private static final long[] ASCII_COUNTS = new long[128];
    /**
     * Per ASCII char, what the tally reads of it besides its counts, in one table read: its
     * {@link FoldedWords#letterCode} (the low five bits), whether it is a control char (a tab …,
     * which makes the line's spacing irregular) and whether it is a bar.
     */
    private static final int[] ASCII_FACTS = new int[128];
    private static final int LETTER_CODE = 0x1F;
    private static final int IRREGULAR_SPACE_FACT = 1 << 5;
    private static final int BAR_FACT = 1 << 6;

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_COUNTS[c] = counts(c);
            ASCII_FACTS[c] = FoldedWords.letterCode(c) | (c < ' ' ? IRREGULAR_SPACE_FACT : 0) | (c == '|' ? BAR_FACT : 0);
        }
    }

    /**
     * Which of the imprint words ({@link #VO}, {@link #ENTERED}, {@link #PUBLISHED},
     * {@link #OFFICE}, {@link #UNDER}) the line holds, ignoring case as
     * {@code String.regionMatches(true, …)} does after a first letter in ASCII: the words the
     * imprint, postal and masthead patterns cannot match without. Found with the other facts of
     * the line, in the same pass over it.
     */
    int keywords(int line) {
        return keywords[line] & ~(BAR | IRREGULAR_SPACES);
    }

    /**
     * The line as the imprint tests read it, with the words of a price or postal notice it holds
     * ({@link ImprintShape#noticeWords}): the lines of short blocks and page feet are asked by
     * several tests, which keep their answers there.
     */
    ImprintShape.Line imprintLine(int line) {
        if (imprintLines == null) {
            imprintLines = new ImprintShape.Line[count];
        }
        ImprintShape.Line l = imprintLines[line];
        if (l == null) {
            l = new ImprintShape.Line(trimmed(line), ImprintShape.noticeWords(chars, trimmedStarts[line], trimmedEnd(line)));
            imprintLines[line] = l;
        }
        return l;
    }

    /**
     * Lets go of the lines kept for the imprint tests. They are asked only while pages and blocks
     * are found, and they would be held to the end of a long text's restoration: a line and its
     * text take about a hundred bytes, and most lines at a block's edge are asked.
     */
    void forgetImprintLines() {
        imprintLines = null;
    }

    /** Letters in the line. */
    int letters(int line) {
        return letters[line];
    }

    /** Characters of the trimmed line that are not whitespace. */
    int visible(int line) {
        return visible[line];
    }

    /** Capitals in the line. */
    int upper(int line) {
        return upper[line];
    }

    /** Lower-case characters in the line (none of them also a capital). */
    int lower(int line) {
        return lower[line];
    }

    /**
     * Marks the lines whose text holds two spaces running: found by searching the whole text for
     * them at once (they are rare), where the tally would carry each char's space to the next.
     */
    private void markDoubleSpaces() {
        int line = 0;
        for (int at = raw.indexOf("  "); at >= 0; at = raw.indexOf("  ", at + 1)) {
            while (line + 1 < count && starts[line + 1] <= at) {
                line++;
            }
            if (at >= trimmedStarts[line] && at + 2 <= trimmedEnd(line)) {
                keywords[line] |= IRREGULAR_SPACES;
            }
        }
    }

    /**
     * Whether the line's text, trimmed, is words set off by single plain spaces: no bar (of either
     * kind) and no whitespace but single spaces. Such a line goes into the reading text as printed.
     */
    boolean isPlainlySpaced(int line) {
        return (keywords[line] & (BAR | IRREGULAR_SPACES)) == 0;
    }

    /** Whether the line holds a bar ({@code |}), the OCR's reading of a column rule: noted as the line is counted. */
    boolean holdsBar(int line) {
        return (keywords[line] & BAR) != 0;
    }

    boolean hasFormFeed(int line) {
        if (!anyFormFeed) {
            return false;
        }
        for (int i = start(line), e = end(line); i < e; i++) {
            if (raw.charAt(i) == '\f') {
                return true;
            }
        }
        return false;
    }

    /** The 0-based line holding a raw offset. */
    int lineOf(int offset) {
        int i = Arrays.binarySearch(starts, 0, count, offset);
        return i >= 0 ? i : -i - 2;
    }
}
