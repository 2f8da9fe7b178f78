package org.dossier.restore;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts each page into blocks and tells body from footnotes, masthead and debris, from the
 * structure of a printed page: notes sit at the foot of a column, are set in a smaller face (so
 * their lines run longer than the body's), open with a label in sequence, and give way to the
 * next column's body after a wider gap. A numbered list set in the body face is not a note.
 */
final class BlockClassifier {
    static final Pattern LABEL = Pattern.compile(
        "^(\\d{1,3})([a-z])?[\\s.,§~^'’*]+(?=[\\p{L}\"“‘'(\\[])");
    static final Pattern SYMBOL_LABEL = Pattern.compile("^([*†‡§+]{1,3})\\s*(?=[\\p{L}\"“(])");
    static final Pattern MASTHEAD_LINE = Pattern.compile(
        "(?i)^\\|?\\s*[a-z][^,;]{2,60}[,.]\\s+vo[l1]\\.?\\s+[IVXLC]+\\s*[,.]?\\s*no\\.?\\s*\\d+(?:.*\\b(1[89]\\d\\d)\\b|,\\s+\\p{L}+\\.?\\s+\\d{1,2},?\\s*$)");

    /** The statutory imprint every periodical prints: entry as mail matter, frequency and publisher. */
    static final Pattern IMPRINT = Pattern.compile(
        "(?i)\\b(?:entered as second[- ]class matter|published (?:weekly|monthly|fortnightly|bi-?weekly|semi-?monthly|quarterly)\\b[^.]{0,40}\\bby\\b)");

    /**
     * Whether the text states the statutory imprint ({@link #IMPRINT}). The pattern is tried only
     * on text holding "entered as second" or "published" with a frequency after it: most that
     * hold the words "entered" or "published" are prose.
     */
    static boolean isImprint(String t) {
        return (FoldedWords.holdsFolded(t, "entered as second") || namesFrequencyOfIssue(t)) && IMPRINT.matcher(t).find();
    }

    /** The frequencies {@link #IMPRINT} reads after "published ", each as far as its forms agree. */
    private static final String[] FREQUENCIES = {"weekly", "monthly", "fortnightly", "bi", "semi", "quarterly"};

    /** Whether "published " stands before one of the {@link #FREQUENCIES}. */
    private static boolean namesFrequencyOfIssue(String t) {
        for (int at = 0; (at = FoldedWords.indexOfFolded(t, "published ", at)) >= 0; at++) {
            for (String frequency : FREQUENCIES) {
                if (FoldedWords.foldedAt(t, at + "published ".length(), frequency)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A stamp and the postal notice beside it take a few lines; a longer block is text. */
    private static final int STAMP_LINES = 6;

    private final SourceLines lines;
    private final int width;

    BlockClassifier(SourceLines lines, int width) {
        this.lines = lines;
        this.width = width;
    }

    /** Blocks of all pages in reading order; front matter before {@code firstProse} is masthead. */
    List<Block> classify(List<PageFrame> pages, int firstProse) {
        List<Block> out = new ArrayList<>();
        int lastLabel = 0;
        boolean anyNote = false;
        for (int p = 0; p < pages.size(); p++) {
            List<Block> raw = cut(p, pages.get(p));
            boolean notes = false;
            int carried = 0;
            for (int b = 0; b < raw.size(); b++) {
                Block block = raw.get(b);
                if (carried > 0) {
                    block = block.withGap(block.gap() + carried); // debris does not narrow a column gap
                }
                Block next = b + 1 < raw.size() ? raw.get(b + 1) : null;
                Block typed = type(block, next, notes, anyNote, lastLabel, firstProse);
                if (typed.kind() == Block.Kind.NOTE_START) {
                    notes = true;
                    anyNote = true;
                    Integer v = labelNumber(typed.label());
                    if (v != null) {
                        lastLabel = v;
                    }
                } else if (typed.kind() == Block.Kind.NOTE_CONTINUED) {
                    notes = true;
                } else if (typed.kind() == Block.Kind.BODY) {
                    notes = false;
                }
                carried = typed.kind() == Block.Kind.NOISE ? typed.gap() + typed.lineCount() : 0;
                out.add(typed);
            }
        }
        return out;
    }

    private Block type(Block block, Block next, boolean inNotes, boolean anyNote, int lastLabel, int firstProse) {
        if (block.last() < firstProse && !opensTheProse(block, next, firstProse)) {
            return block.as(isFragmentRun(block) ? Block.Kind.NOISE : Block.Kind.MASTHEAD, null, 0);
        }
        if (isMasthead(block)) {
            return block.as(Block.Kind.MASTHEAD, null, 0);
        }
        Block bare = withoutEdgeFurniture(block);
        if (bare != block && isScrap(bare)) {
            return block.as(Block.Kind.MASTHEAD, null, 0); // "Gene!" left of "General Library / University of …"
        }
        block = bare;
        if (inNotes && block.gap() < 2 && hasWordOrNumber(block)) {
            return block.as(Block.Kind.NOTE_CONTINUED, null, 0); // "p. 61." ending the note above
        }
        if (isNoise(block) && !startsWithLabel(block)) {
            return block.as(Block.Kind.NOISE, null, 0);
        }
        String label = null;
        int labelEnd = 0;
        if (mayOpenLabel(lines, block.first())) {
            String first = lines.trimmed(block.first());
            Matcher m = LABEL.matcher(first);
            Matcher s = SYMBOL_LABEL.matcher(first);
            if (m.lookingAt()) {
                label = m.group(1) + (m.group(2) == null ? "" : m.group(2));
                labelEnd = m.end();
            } else if (s.lookingAt()) {
                label = s.group(1);
                labelEnd = s.end();
            }
        }
        boolean wide = isWide(block);
        if (label != null) {
            Integer v = labelNumber(label);
            boolean inSequence = v != null && lastLabel > 0 && v > lastLabel && v <= lastLabel + 3;
            boolean nextIsWideNote = next != null && next.gap() < 2 && isWide(next) && startsWithLabel(next);
            if (inNotes || wide || inSequence || nextIsWideNote) {
                return block.as(Block.Kind.NOTE_START, label, labelEnd);
            }
        }
        if (inNotes && block.gap() < 2) {
            return block.as(Block.Kind.NOTE_CONTINUED, null, 0);
        }
        if (anyNote && wide && !inNotes && block.gap() < 2) {
            return block.as(Block.Kind.NOTE_CONTINUED, null, 0);
        }
        if (inNotes && wide) {
            return block.as(Block.Kind.NOTE_CONTINUED, null, 0);
        }
        return block.as(Block.Kind.BODY, null, 0);
    }

    /**
     * The block without the stamp or postal-notice lines the OCR glued to its first or last line
     * ("Ann Arbor, Michigan" above an article); those lines are left out of every unit.
     */
    private Block withoutEdgeFurniture(Block b) {
        int first = b.first();
        int last = b.last();
        while (first < last && ImprintShape.isEdgeFurniture(lines.imprintLine(first), width)) {
            first++;
        }
        while (last > first && ImprintShape.isEdgeFurniture(lines.imprintLine(last), width)) {
            last--;
        }
        return first == b.first() && last == b.last() ? b
            : new Block(b.page(), first, last, b.gap() + 2 * (first - b.first()), b.kind(), b.label(), b.labelEnd());
    }

    private boolean hasWordOrNumber(Block b) {
        String t = lines.trimmed(b.first());
        return t.chars().filter(Character::isLetterOrDigit).count() >= 2 && !startsWithLabel(b);
    }

    private boolean startsWithLabel(Block b) {
        if (!mayOpenLabel(lines, b.first())) {
            return false;
        }
        String t = lines.trimmed(b.first());
        return LABEL.matcher(t).lookingAt() || SYMBOL_LABEL.matcher(t).lookingAt();
    }

    /** Whether a line opens with what both label patterns need first: a digit or a note symbol. Most lines do not. */
    private static boolean mayOpenLabel(SourceLines lines, int line) {
        return !lines.isBlank(line) && mayOpenLabel(lines.raw().charAt(lines.trimmedStart(line)));
    }

    /** The first character of {@link #LABEL} (an ASCII digit) or of {@link #SYMBOL_LABEL} (a note symbol). */
    static boolean mayOpenLabel(char c) {
        return c >= '0' && c <= '9' || c == '*' || c == '†' || c == '‡' || c == '§' || c == '+';
    }

    static Integer labelNumber(String label) {
        if (label == null || label.isEmpty() || !Character.isDigit(label.charAt(0))) {
            return null;
        }
        int i = 0;
        while (i < label.length() && Character.isDigit(label.charAt(i))) {
            i++;
        }
        return Integer.parseInt(label.substring(0, i));
    }

    private List<Block> cut(int page, PageFrame frame) {
        List<Block> blocks = new ArrayList<>();
        int gap = Block.PAGE_TOP_GAP;
        int i = frame.start();
        while (i < frame.end()) {
            if (lines.isBlank(i) || frame.furniture().get(i)) {
                gap += frame.furniture().get(i) ? 2 : 1;
                i++;
                continue;
            }
            int start = i;
            while (i < frame.end() && !lines.isBlank(i) && !frame.furniture().get(i)) {
                i++;
            }
            blocks.add(new Block(page, start, i - 1, gap, Block.Kind.BODY, null, 0));
            gap = 0;
        }
        return blocks;
    }

    boolean isWide(Block b) {
        int n = b.lineCount();
        if (n == 1) {
            return lines.trimmedLength(b.first()) * 4 > width * 5;
        }
        int[] lens = new int[n - 1];
        for (int i = 0; i < n - 1; i++) {
            lens[i] = lines.trimmedLength(b.first() + i);
        }
        Arrays.sort(lens);
        return lens[lens.length / 2] * 5 > width * 6;
    }

    /** Lines cut from a neighbouring column: three or more, each a few letters long. */
    private boolean isFragmentRun(Block b) {
        if (b.lineCount() < 3) {
            return false;
        }
        for (int i = b.first(); i <= b.last(); i++) {
            if (lines.trimmedLength(i) * 10 >= width * 3) {
                return false;
            }
        }
        return true;
    }

    private boolean isNoise(Block b) {
        int letters = 0;
        int visible = 0;
        int shortLines = 0;
        for (int i = b.first(); i <= b.last(); i++) {
            if (lines.trimmedLength(i) * 10 < width * 3) {
                shortLines++;
            }
            letters += lines.letters(i);
            visible += lines.visible(i);
        }
        if (letters < 2 || letters * 2 < visible) {
            return true;
        }
        return b.lineCount() >= 3 && shortLines == b.lineCount();
    }

    private boolean isMasthead(Block b) {
        if (startsWithLabel(b)) {
            return false;
        }
        if (b.lineCount() <= 3 && isMastheadLine(lines, b.first())) {
            return true;
        }
        if (b.lineCount() > 8) {
            return false;
        }
        if (b.lineCount() <= 3 && isImprintFurniture(b) || mayBePostal(b) && ImprintShape.isPostal(joined(b))
                || isStampAmongDebris(b)) {
            return true;
        }
        for (int i = b.first(); i <= b.last(); i++) {
            if ((lines.keywords(i) & (SourceLines.ENTERED | SourceLines.PUBLISHED)) != 0
                    && isImprint(lines.text(i))) {
                return true;
            }
        }
        int veryLong = 0;
        for (int i = b.first(); i <= b.last(); i++) {
            int len = lines.end(i) - lines.start(i);
            if (len > width * 2 && len < width * 8) {
                veryLong++; // an imprint runs across the page; a line of megabytes is no imprint
            }
        }
        return veryLong * 2 >= b.lineCount();
    }

    /**
     * Whether the line is the masthead's ({@link #MASTHEAD_LINE}). The pattern is tried only on a
     * line holding what it cannot match without, read from the line's chars in place: "vo" (its
     * volume), and that as a word opening "vol" or "vo1" after a comma or stop and white space.
     */
    static boolean isMastheadLine(SourceLines lines, int line) {
        return (lines.keywords(line) & SourceLines.VO) != 0
            && namesVolume(lines.chars(), lines.trimmedStart(line), lines.trimmedEnd(line))
            && MASTHEAD_LINE.matcher(lines.trimmed(line)).lookingAt(); // anchored: lookingAt finds what find would
    }

    /** Whether {@code t[from, to)} holds a comma or stop, white space, and "vol" or "vo1" in either case. */
    private static boolean namesVolume(char[] t, int from, int to) {
        for (int i = from + 2; i + 2 < to; i++) {
            if ((t[i] | 0x20) == 'v' && (t[i + 1] | 0x20) == 'o' && ((t[i + 2] | 0x20) == 'l' || t[i + 2] == '1')) {
                int k = i;
                while (k > from && Chars.isRegexSpace(t[k - 1])) {
                    k--;
                }
                if (k < i && k > from && (t[k - 1] == ',' || t[k - 1] == '.')) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether a line of the block holds a word the postal notice cannot be read without: the
     * block is joined into one string only then. The words hold no space, so none is found in the
     * joined string that is not in one of its lines.
     */
    private boolean mayBePostal(Block b) {
        for (int i = b.first(); i <= b.last(); i++) {
            if ((lines.keywords(i) & (SourceLines.ENTERED | SourceLines.OFFICE | SourceLines.UNDER)) != 0) {
                return true;
            }
        }
        return false;
    }

    /** The block's lines as one string, so that a notice broken across lines is read whole. */
    private String joined(Block b) {
        StringBuilder t = new StringBuilder();
        for (int i = b.first(); i <= b.last(); i++) {
            t.append(lines.trimmed(i)).append(' ');
        }
        return t.toString();
    }

    /**
     * The article's first line, set apart from the rest by a drop capital ("HE wave of strikes …"
     * after a "T" the OCR lost): a line or two of running words, no sentence closed, followed at
     * once by the prose, which goes on in lower case.
     */
    private boolean opensTheProse(Block b, Block next, int firstProse) {
        if (next == null || next.first() < firstProse || next.gap() > 3 || b.lineCount() > 2) {
            return false;
        }
        String last = lines.trimmed(b.last());
        String following = lines.trimmed(next.first());
        if (Flow.endsSentence(last) || following.isEmpty() || !Character.isLowerCase(following.charAt(0))) {
            return false;
        }
        int lower = 0;
        int letters = 0;
        for (int i = b.first(); i <= b.last(); i++) {
            String t = lines.trimmed(i);
            for (int k = 0; k < t.length(); k++) {
                if (Character.isLetter(t.charAt(k))) {
                    letters++;
                    lower += Character.isLowerCase(t.charAt(k)) ? 1 : 0;
                }
            }
        }
        return letters * 10 >= width * 5 && lower * 4 >= letters * 3;
    }

    /** A short block that holds a price or postal notice, or a stamp: a library or date stamp among address lines. */
    private boolean isImprintFurniture(Block b) {
        boolean anyStamp = false;
        boolean allAddress = true;
        for (int i = b.first(); i <= b.last(); i++) {
            ImprintShape.Line line = lines.imprintLine(i);
            if (ImprintShape.isNotice(line) && line.text().length() <= width * 3) {
                return true;
            }
            boolean address = ImprintShape.isAddressLine(line, width);
            anyStamp |= ImprintShape.isStamp(line, address);
            allAddress &= address;
        }
        return anyStamp && allAddress;
    }

    /**
     * A stamp or a broken postal notice run together with OCR debris from the column beside it
     * ("PERIODICAL ROOM BE: / GENBRAL LIBRARY n os ‘ chcenil / UNIV. OF MICH. class matter
     * December"): a few lines no longer than a column and a half, no prose running on in any but a
     * whole notice's, and half or
     * more of them (two at least) carrying a stamp's or the notice's words; or one short such line
     * alone ("of March 3, 1879,").
     */
    private boolean isStampAmongDebris(Block b) {
        if (b.lineCount() > STAMP_LINES) {
            return false;
        }
        int carrying = 0;
        int worded = 0; // lines of debris ("f\\", "a :") count neither way
        for (int i = b.first(); i <= b.last(); i++) {
            if (lines.trimmedLength(i) > width * 3 / 2) {
                return false;
            }
            ImprintShape.Line line = lines.imprintLine(i);
            // a whole notice ("one month for change of address on membership publications") may run on in lower case
            boolean notice = ImprintShape.isNotice(line);
            if (!notice && ImprintShape.runsOnInLowerCase(line)) {
                return false;
            }
            carrying += notice || ImprintShape.carriesStampOrNoticeGivenNoProseRun(line, width) ? 1 : 0;
            worded += lines.letters(i) >= 3 ? 1 : 0;
        }
        return carrying >= 2 && carrying * 2 >= worded
            || b.lineCount() == 1 && carrying == 1 && lines.trimmedLength(b.first()) * 10 <= width * 6;
    }

    /** What is left of a block once the stamp lines at its edges are gone: a line or two of a few letters. */
    private boolean isScrap(Block b) {
        if (b.lineCount() > 2) {
            return false;
        }
        for (int i = b.first(); i <= b.last(); i++) {
            if (lines.trimmedLength(i) * 10 >= width * 3) {
                return false;
            }
        }
        return true;
    }

    /** The first line of the first block that reads as running prose: three or more full lines. */
    static int firstProse(SourceLines lines, int width) {
        int n = lines.count();
        int i = 0;
        while (i < n) {
            while (i < n && lines.isBlank(i)) {
                i++;
            }
            int start = i;
            int full = 0;
            while (i < n && !lines.isBlank(i)) {
                int len = lines.trimmedLength(i);
                if (len * 10 >= width * 7 && len <= width * 3 / 2) {
                    full++;
                }
                i++;
            }
            if (full >= 3) {
                return start;
            }
        }
        return 0;
    }

    /** The body's column width: the median length of lines in blocks of three or more lines. */
    static int columnWidth(SourceLines lines) {
        int[] histogram = new int[201];
        int total = 0;
        int n = lines.count();
        int i = 0;
        while (i < n) {
            while (i < n && lines.isBlank(i)) {
                i++;
            }
            int start = i;
            while (i < n && !lines.isBlank(i)) {
                i++;
            }
            if (i - start >= 3) {
                for (int k = start; k < i; k++) {
                    int len = Math.min(200, lines.trimmedLength(k));
                    if (len >= 15) {
                        histogram[len]++;
                        total++;
                    }
                }
            }
        }
        if (total == 0) {
            return 60;
        }
        int seen = 0;
        for (int len = 0; len < histogram.length; len++) {
            seen += histogram[len];
            if (seen * 2 >= total) {
                return Math.max(20, len);
            }
        }
        return 60;
    }
}
