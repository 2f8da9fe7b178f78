package org.dossier.restore;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads bibliographic metadata from the furniture the other stages set aside: the title page
 * and masthead blocks and the running heads. A field stays null when the text does not give it.
 */
final class MetadataReader {
    /** Words the volume, publisher and price patterns cannot match without: they are tried only on text holding one. */
    private static final FoldedWords VOLUME_WORDS = FoldedWords.of("vo", "yo");
    private static final FoldedWords PUBLISHED = FoldedWords.of("published");
    private static final FoldedWords COPY_WORDS = FoldedWords.of("copy", "copies");
    private static final String MONTHS =
        "January|February|March|April|May|June|July|August|September|October|November|December";
    private static final Pattern DATE = Pattern.compile(
        "(?i)(?=[JFMASONDjfmasond])\\b(" + MONTHS + ")\\s+(\\d\\s?\\d?)\\s*,\\s*(1[6-9]\\d\\d)\\b");
    private static final Pattern VOLUME = Pattern.compile(
        "(?i)\\b[VY]o[lu1L]\\.?\\s+([IVXLC]+)\\s*[,.]?\\s*No\\.?\\s*(\\d{1,3})\\b");
    private static final Pattern SERIES = Pattern.compile(
        "^\\|?\\s*([A-Z][A-Za-z .'&-]{3,}?)[,.]?\\s+[VY]o[lu1L]\\.?\\s+[IVXLC]+");
    private static final Pattern PUBLISHER = Pattern.compile(
        "(?i)\\bpublished\\b[^.]*?\\bby[\\s|]+(?:the[\\s|]+)?([A-Z][A-Za-z .&'-]+?)(?:,|\\.|\\s*\\||\\s+incorporated|\\s+\\d|$)");
    private static final Pattern PRICE_SINGLE = Pattern.compile("(?i)\\bsingle cop(?:y|ies)[\\s|]+([^;,.|]+)");
    private static final Pattern PRICE_COPY = Pattern.compile("(?i)\\b(\\d+\\s?(?:¢|c|f|cents?))[\\s|]+a\\s+copy\\b");
    private static final Pattern STATUTORY = Pattern.compile("(?i)\\b(entered|matter|act of|post office)\\b");
    private static final Pattern BY_LINE = Pattern.compile("(?i)^by\\s+(\\S.*)$");

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
                for (String h : f.runningHead().split(" · ")) {
                    heads.add(h);
                }
            }
        }
        String joined = String.join(" | ", furniture);
        String date = mostCommonDate(heads);
        if (date == null) {
            date = latestDate(furniture); // older dates in a masthead are of entry and of statutes
        }
        // each pattern is tried only on furniture holding a word it cannot match without
        Matcher v = VOLUME.matcher(joined);
        String volume = null;
        String number = null;
        if (VOLUME_WORDS.in(joined) && v.find()) {
            volume = v.group(1).toUpperCase();
            number = v.group(2);
        }
        String series = null;
        for (String l : furniture) {
            Matcher s = SERIES.matcher(l);
            if (s.find()) {
                series = s.group(1).strip();
                break;
            }
        }
        Matcher p = PUBLISHER.matcher(joined);
        String publisher = PUBLISHED.in(joined) && p.find() ? p.group(1).strip() : null;
        Matcher single = PRICE_SINGLE.matcher(joined);
        Matcher copy = PRICE_COPY.matcher(joined);
        boolean mayCost = COPY_WORDS.in(joined);
        String price = mayCost && single.find() ? single.group(1).strip()
            : mayCost && copy.find() ? copy.group(0).strip() : null;
        return new Metadata(title(heads, furniture), author(furniture), series, volume, number, date, publisher, price);
    }

    private static String title(List<String> heads, List<String> furniture) {
        Map<String, Integer> counts = new HashMap<>();
        String best = null;
        for (String h : heads) {
            if (DATE.matcher(h).find() || PageFinder.pageNumber(h) != null) {
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
        return s.matches("(?:\\p{Lu}[\\p{L}'’.-]*\\s+){1,4}\\p{Lu}[\\p{L}'’-]*\\p{L}") && !s.toLowerCase().startsWith("the ");
    }

    /** A title has words, not a date or a fragment. */
    private static boolean isTitle(String s) {
        return !DATE.matcher(s).find() && s.split("\\s+").length >= 2 && !s.endsWith("-") && !s.endsWith(",");
    }

    private static String mostCommonDate(List<String> texts) {
        Map<String, Integer> counts = new HashMap<>();
        String best = null;
        for (String t : texts) {
            Matcher m = DATE.matcher(t);
            while (m.find()) {
                String day = m.group(2).replace(" ", "");
                String iso = CitationParser.date(capitalised(m.group(1)) + " " + day + ", " + m.group(3));
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
            if (t.indexOf('1') < 0 || STATUTORY.matcher(t).find()) {
                continue; // "entered as second-class matter …, under the Act of …": not the date
            }
            Matcher m = DATE.matcher(t);
            while (m.find()) {
                String iso = CitationParser.date(capitalised(m.group(1)) + " " + m.group(2).replace(" ", "") + ", " + m.group(3));
                if (iso != null && (latest == null || iso.compareTo(latest) > 0)) {
                    latest = iso;
                }
            }
        }
        return latest;
    }

    private static String capitalised(String month) {
        return month.substring(0, 1).toUpperCase() + month.substring(1).toLowerCase();
    }
}
