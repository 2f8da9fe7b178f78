package org.dossier.restore;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads bibliographic metadata from the furniture the other stages set aside: the title page
 * and masthead blocks and the running heads. A field stays null when the text does not give it.
 */
final class MetadataReader {
    /** Words a pattern cannot match without: it is tried only on text holding one. */
    private static final FoldedWords STATUTORY_WORDS = FoldedWords.of("entered", "matter", "act", "post");
    private static final String MONTHS =
        "January|February|March|April|May|June|July|August|September|October|November|December";
    private static final Pattern DATE = Pattern.compile(
        "(?i)(?=[JFMASONDjfmasond])\\b(" + MONTHS + ")\\s+(\\d\\s?\\d?)\\s*,\\s*(1[6-9]\\d\\d)\\b");
    /*
     * The patterns below that are searched for (not anchored) look ahead for their first letter
     * before the word boundary: the engine then passes over every other position with one
     * comparison, where a boundary test reads the characters on both sides.
     */
    private static final Pattern VOLUME = Pattern.compile(
        "(?i)(?=[VY])\\b[VY]o[lu1L]\\.?\\s+([IVXLC]+)\\s*[,.]?\\s*No\\.?\\s*(\\d{1,3})\\b");
    private static final Pattern SERIES = Pattern.compile(
        "^\\|?\\s*([A-Z][A-Za-z .'&-]{3,}?)[,.]?\\s+[VY]o[lu1L]\\.?\\s+[IVXLC]+");
    private static final Pattern PUBLISHER = Pattern.compile(
        "(?i)(?=p)\\bpublished\\b[^.]*?\\bby[\\s|]+(?:the[\\s|]+)?([A-Z][A-Za-z .&'-]+?)(?:,|\\.|\\s*\\||\\s+incorporated|\\s+\\d|$)");
    private static final Pattern PRICE_SINGLE = Pattern.compile("(?i)(?=s)\\bsingle cop(?:y|ies)[\\s|]+([^;,.|]+)");
    private static final Pattern PRICE_COPY = Pattern.compile("(?i)(?=\\d)\\b(\\d+\\s?(?:¢|c|f|cents?))[\\s|]+a\\s+copy\\b");
    private static final Pattern STATUTORY = Pattern.compile("(?i)(?=[emap])\\b(entered|matter|act of|post office)\\b");
    private static final Pattern BY_LINE = Pattern.compile("(?i)^by\\s+(\\S.*)$");
    /** Compiled once: String.matches and String.split compile their pattern at every call. */
    private static final Pattern PERSON_NAME = Pattern.compile("(?:\\p{Lu}[\\p{L}'’.-]*\\s+){1,4}\\p{Lu}[\\p{L}'’-]*\\p{L}");
    /** The parts of a running head, as String.split(" · ") cuts them (it compiles its pattern at every call). */
    private static final Pattern HEAD_PARTS = Pattern.compile(Pattern.quote(" · "));

    private final SourceLines lines;
    private final List<PageFrame> frames;
    private final List<Block> blocks;

    MetadataReader(SourceLines lines, List<PageFrame> frames, List<Block> blocks) {
        this.lines = lines;
        this.frames = frames;
        this.blocks = blocks;
    }

    Metadata read() {
        List<String> furniture = new ArrayList<>();
        for (Block b : blocks) {
            if (b.kind() == Block.Kind.MASTHEAD) {
                for (int i = b.first(); i <= b.last(); i++) {
                    furniture.add(lines.trimmed(i));
                }
            }
        }
        List<String> heads = new ArrayList<>();
        for (PageFrame f : frames) {
            if (f.runningHead() != null) {
                for (String h : HEAD_PARTS.split(f.runningHead())) {
                    heads.add(h);
                }
            }
        }
        String joined = String.join(" | ", furniture);
        String date = mostCommonDate(heads);
        if (date == null) {
            date = latestDate(furniture); // older dates in a masthead are of entry and of statutes
        }
        // each pattern is searched from where the word it opens with first stands, if anywhere:
        // the furniture runs to a thousand characters, and a search costs at every one it passes
        Matcher v = PrintedDates.foundFrom(VOLUME, joined, firstFolded(joined, "vo", "yo"));
        String volume = v == null ? null : v.group(1).toUpperCase(Locale.ROOT);
        String number = v == null ? null : v.group(2);
        Matcher p = PrintedDates.foundFrom(PUBLISHER, joined, firstFolded(joined, "published"));
        String publisher = p == null ? null : p.group(1).strip();
        return new Metadata(title(heads, furniture), author(furniture), series(furniture), volume, number, date,
            publisher, price(joined));
    }

    private static String series(List<String> furniture) {
        for (String l : furniture) {
            if (!l.contains("Vo") && !l.contains("Yo")) {
                continue; // the pattern needs a volume's "Vol." (or its OCR reading "Yol."): most lines hold none
            }
            Matcher s = SERIES.matcher(l);
            if (s.lookingAt()) { // the pattern opens with ^: a search would try every position in vain
                return s.group(1).strip();
            }
        }
        return null;
    }

    /** "Single copies 25 cents", else "25c a copy" (which opens with its first digit); null when neither is printed. */
    private static String price(String joined) {
        Matcher single = PrintedDates.foundFrom(PRICE_SINGLE, joined, firstFolded(joined, "single cop"));
        if (single != null) {
            return single.group(1).strip();
        }
        Matcher copy = firstFolded(joined, "copy") >= 0 ? PrintedDates.foundFrom(PRICE_COPY, joined, firstDigit(joined)) : null;
        return copy == null ? null : copy.group(0).strip();
    }

    /**
     * Where the first of {@code words} (lower-case) first stands in {@code text}, ASCII letters
     * compared in either case as the case-insensitive patterns compare them
     * ({@link FoldedWords#indexOfFolded}); -1 if nowhere.
     */
    private static int firstFolded(String text, String... words) {
        int first = -1;
        for (String w : words) {
            int at = FoldedWords.indexOfFolded(text, w, 0);
            first = at >= 0 && (first < 0 || at < first) ? at : first;
        }
        return first;
    }

    private static int firstDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isDigit(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static String title(List<String> heads, List<String> furniture) {
        Map<String, Integer> counts = new HashMap<>();
        String best = null;
        for (String h : heads) {
            if (firstDate(h) != null || PageFinder.pageNumber(h) != null) {
                continue;
            }
            int c = counts.merge(h, 1, Integer::sum);
            if (best == null || c > counts.get(best)) {
                best = h;
            }
        }
        if (best != null) {
            return best;
        }
        for (int i = 1; i < furniture.size(); i++) {
            if ((BY_LINE.matcher(furniture.get(i)).matches() || furniture.get(i).equalsIgnoreCase("by"))
                    && isTitle(furniture.get(i - 1))) {
                return furniture.get(i - 1);
            }
        }
        return null;
    }

    private static String author(List<String> furniture) {
        for (int i = 0; i < furniture.size(); i++) {
            String l = furniture.get(i);
            if (l.equalsIgnoreCase("by") && i + 1 < furniture.size() && isPersonName(furniture.get(i + 1))) {
                return furniture.get(i + 1);
            }
            Matcher m = BY_LINE.matcher(l);
            if (m.matches() && isPersonName(m.group(1).strip())) {
                return m.group(1).strip();
            }
        }
        return null;
    }

    /** Two to five capitalised words or initials: "Vera Micheles Dean", "David H. Popper". */
    private static boolean isPersonName(String s) {
        return PERSON_NAME.matcher(s).matches() && !s.toLowerCase(Locale.ROOT).startsWith("the ");
    }

    /** A title has words, not a date or a fragment. */
    private static boolean isTitle(String s) {
        return firstDate(s) == null && CitationParser.wordCount(s) >= 2 && !s.endsWith("-") && !s.endsWith(",");
    }

    /** The names of the months in lower case, as {@link #firstFolded} seeks them. */
    private static final String[] MONTH_NAMES = MONTHS.toLowerCase(Locale.ROOT).split("\\|");

    /**
     * The first {@link #DATE} in {@code t}, sought from where a month's name first stands in either
     * case (a date opens with one); null if none. Found so, a masthead's long lines are not tried
     * at each of their many letters a month's name may open with.
     */
    private static Matcher firstDate(String t) {
        return PrintedDates.foundFrom(DATE, t, firstFolded(t, MONTH_NAMES));
    }

    private static String mostCommonDate(List<String> texts) {
        Map<String, Integer> counts = new HashMap<>();
        String best = null;
        for (String t : texts) {
            for (Matcher m = firstDate(t); m != null; m = m.find() ? m : null) {
                String day = m.group(2).replace(" ", "");
                String iso = PrintedDates.dayDate(m.group(1), day, m.group(3));
                if (iso == null) {
                    continue;
                }
                int c = counts.merge(iso, 1, Integer::sum);
                if (best == null || c > counts.get(best)) {
                    best = iso;
                }
            }
        }
        return best;
    }

    private static String latestDate(List<String> texts) {
        String latest = null;
        for (String t : texts) {
            if (!PrintedDates.holdsYear(t, '6') || STATUTORY_WORDS.in(t) && STATUTORY.matcher(t).find()) {
                continue; // "entered as second-class matter …, under the Act of …": not the date
            }
            for (Matcher m = firstDate(t); m != null; m = m.find() ? m : null) {
                String iso = PrintedDates.dayDate(m.group(1), m.group(2).replace(" ", ""), m.group(3));
                if (iso != null && (latest == null || iso.compareTo(latest) > 0)) {
                    latest = iso;
                }
            }
        }
        return latest;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
