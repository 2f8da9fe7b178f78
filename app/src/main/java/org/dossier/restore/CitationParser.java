package org.dossier.restore;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the citations in footnotes: a note is cut into sentences and semicolon-separated
 * parts, commentary is told from references by their shape (references are capitalised,
 * comma-separated runs with dates, volumes and pages), and each reference is read into author,
 * title, container, volume, number, date and pages. {@code Ibid.} resolves to the citation
 * before it; {@code cited} to the earlier citation whose title it repeats.
 */
final class CitationParser {
    /** Patterns the parser applies to every word: compiled once, not per call as String.split and replaceAll do. */
    static final Pattern SPACES = Pattern.compile("\\s+");

    /**
     * How many parts {@code SPACES.split(s)} would give, counted without making them: the parser
     * asks it of most parts of every note only to compare it with a small number.
     */
    static int wordCount(String s) {
        if (s.isEmpty()) {
            return 1; // split gives the empty input itself
        }
        int runs = 0;
        boolean inRun = false;
        for (int i = 0; i < s.length(); i++) {
            boolean space = Chars.isRegexSpace(s.charAt(i));
            runs += !space && !inRun ? 1 : 0;
            inRun = !space;
        }
        // a space opening the text makes an empty first part; a text all of spaces makes none
        return runs == 0 ? 0 : runs + (Chars.isRegexSpace(s.charAt(0)) ? 1 : 0);
    }

    private static final Pattern ROMAN = Pattern.compile("[IVXLC]+");
    private static final Pattern PAREN_INNER = Pattern.compile("\\(([^()]{8,})\\)");
    static final Pattern PAGES = Pattern.compile(
        "(?=p)\\bpp?\\.\\s*(\\d+(?:\\s*(?:-|–|and|,)\\s*\\d+)*(?:,?\\s*et seq\\.?)?)");
    static final Pattern VOLUME = Pattern.compile("(?=V)\\bVol\\.?\\s*([IVXLC]+|\\d+)\\b");
    static final Pattern NUMBER = Pattern.compile("(?=N)\\bNo\\.?\\s*([IVXLC]+|\\d+)\\b");
    /** Literals every match of the page, volume and number patterns holds: each is tried only on text holding its own. */
    static final String PAGES_NEEDS = "p.";
    static final String VOLUME_NEEDS = "Vol";
    static final String NUMBER_NEEDS = "No";
    /**
     * A quoted title, its quotes as the OCR read them: “…”, "…", ‘‘…’’, a closing quote followed
     * by a stray ’ ("…War,"’ Foreign Policy Reports"; "…East,'’ Foreign Polity Bulletin") or read
     * as ’* ("…v Manchurii’* (A New Series…)").
     */
    private static final Pattern QUOTED = Pattern.compile(
        "(?:[“\"]|‘‘|'')([^”\"]{3,}?)[,.]?(?:[”\"]’?|’’|'’|’\\*)");
    private static final Pattern LEAD = Pattern.compile(
        "^(?:(?:Cf|cf|See|see)\\.?(?:\\s+also)?,?\\s+(?:for\\s+example,?\\s+|e\\.\\s?g\\.,?\\s+)?)+");
    private static final Pattern INNER_CF = Pattern.compile("[,;]\\s+(?:cf|see)\\.?\\s+(?=[A-Z“\"])");
    private static final Pattern MONTH_AHEAD = Pattern.compile("\\s+(?:" + PrintedDates.MONTHS + ")\\b");
    /** A title whose opening quote the OCR lost: a capitalised run closed by a quote ("…, Japan Is not Stronger than Germany,’’ January 22"). */
    private static final Pattern CLOSE_QUOTED = Pattern.compile(
        "(?:^|,\\s+)(\\p{Lu}[^,“”\"]{2,}?)[,.]?(?:[”\"]’?|’’|'’)");
    private static final Pattern OPEN_QUOTED = Pattern.compile("[“\"]([^”\",]{3,})");
    /** The end of a reference: a year or a page, after at most a closing stop. */
    private static final Pattern REFERENCE_END = Pattern.compile(
        "(?:\\b1[5-9]\\d\\d|\\bpp?\\.\\s*\\d+(?:\\s*(?:-|–|and|,)\\s*\\d+)*)\\W{0,3}$");
    /** Words of at most this many make a short reference ("Izvestia, February 29, 1932"), never commentary. */
    private static final int SHORT_REFERENCE_WORDS = 14;
    private static final Set<String> NAME_JOINERS = Set.of("and", "de", "von", "van", "du", "la", "le", "da");
    static final Pattern CITED = Pattern.compile(",?\\s*\\bcited\\b");
    private static final Set<String> ABBREVIATIONS = Set.of(
        "vol", "vols", "no", "nos", "p", "pp", "cf", "st", "mr", "mrs", "dr", "ed", "eds", "trans",
        "op", "cit", "loc", "jr", "sr", "co", "inc", "ltd", "gen", "seq", "ibid", "art", "sec", "ch",
        "rev", "u", "s", "n", "y");

    /** Each earlier citation's text as {@code cited} compares it, made once per parse (one parser parses one report). */
    private final Map<Citation, String> normalRaws = new IdentityHashMap<>();

    List<List<Citation>> parse(List<Drafts.Unit> notes, List<String> ids) {
        return parseTexts(notes.stream().map(u -> u.text.toString()).toList(), ids);
    }

    /** The citations of each note text, in order; {@code ids} name the notes. */
    List<List<Citation>> parseTexts(List<String> notes, List<String> ids) {
        List<List<Citation>> out = new ArrayList<>();
        List<Citation> earlier = new ArrayList<>();
        SharedDates shared = new SharedDates(notes);
        for (int i = 0; i < notes.size(); i++) {
            List<Citation> mine = new ArrayList<>();
            List<String> bare = new ArrayList<>(); // papers named before the one that gives their date
            for (String segment : withAuthors(segments(notes.get(i)))) {
                Citation c = read(ids.get(i) + "-c" + (mine.size() + 1), segment, earlier);
                if (c == null) {
                    if (!SharedDates.isBareName(segment)) {
                        bare.clear();
                    } else {
                        bare.add(segment);
                    }
                    continue;
                }
                for (Citation part : shared.split(c, bare, ids.get(i), mine.size(), earlier)) {
                    mine.add(part);
                    earlier.add(part);
                }
                bare.clear();
            }
            out.add(mine);
        }
        return out;
    }

    /**
     * An author's name the OCR set off with a full stop instead of a comma ("Tokichi Tanaka.
     * \"Soviet-Japanese Relations, …") stands alone as a segment: it belongs to the quoted title after it.
     */
    static List<String> withAuthors(List<String> segments) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            String s = segments.get(i);
            String next = i + 1 < segments.size() ? segments.get(i + 1) : "";
            if (!next.isEmpty() && "“\"".indexOf(next.charAt(0)) >= 0 && looksLikeName(s)
                    && wordCount(s) <= 4 && PrintedDates.date(s) == null && !isIbid(s)) {
                out.add(s + ", " + next);
                i++;
            } else {
                out.add(s);
            }
        }
        return out;
    }

    /** Candidate reference texts of one note, in order. */
    static List<String> segments(String note) {
        List<String> out = new ArrayList<>();
        for (String sentence : sentences(note)) {
            for (String part : splitTopLevel(sentence, ';')) {
                String p = part.strip();
                Matcher cf = p.contains("cf") || p.contains("see") ? INNER_CF.matcher(p) : null; // the words it needs
                if (cf != null && cf.find() && Commentary.isProse(p.substring(0, cf.start()))) {
                    p = p.substring(cf.end());
                }
                Matcher lead = LEAD.matcher(p); // anchored: tried at the start alone, not searched for
                p = lead.lookingAt() ? p.substring(lead.end()) : p;
                if (p.isEmpty()) {
                    continue;
                }
                if (Commentary.isProse(p) && !isIbid(p) && !isShortReference(p)) {
                    Matcher paren = PAREN_INNER.matcher(p);
                    while (paren.find()) {
                        String inner = paren.group(1).strip();
                        if ((isIbid(inner) || found(PAGES, PAGES_NEEDS, inner) != null) && !Commentary.isProse(inner)) {
                            out.add(stripEnd(inner));
                        }
                    }
                    continue;
                }
                out.add(stripEnd(p));
            }
        }
        return out;
    }

    /**
     * A few words ending in a year or a page ("Official Soviet communique, Izvestia, February 29,
     * 1932"; "wheeler-Bennett, Documents …, 1929, cited, p. 281"): a reference whatever its case.
     */
    static boolean isShortReference(String p) {
        String t = p.strip();
        return wordCount(t) <= SHORT_REFERENCE_WORDS
            && (PrintedDates.holdsYear(t) || t.contains(PAGES_NEEDS)) && REFERENCE_END.matcher(t).find() // it ends in one or the other
            && (PrintedDates.holdsDayOrMonth(t) || found(PAGES, PAGES_NEEDS, t) != null || isCited(t));
    }

    private static String stripEnd(String s) {
        String t = s.strip();
        while (!t.isEmpty() && (t.endsWith(".") && !t.endsWith("seq.") && !endsWithInitial(t)
                || t.endsWith(",") || t.endsWith(";"))) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t;
    }

    private static boolean endsWithInitial(String t) {
        int n = t.length();
        return n >= 2 && Character.isUpperCase(t.charAt(n - 2)) && (n == 2 || t.charAt(n - 3) == ' ');
    }

    static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            } else if (c == '.' && depth == 0 && i + 2 < text.length() && text.charAt(i + 1) == ' '
                    && (Character.isUpperCase(text.charAt(i + 2)) || text.charAt(i + 2) == '“'
                        || text.charAt(i + 2) == '"')
                    && !abbreviationBefore(text, i) && !dateReadAsSentence(text, start, i)) {
                out.add(text.substring(start, i + 1));
                start = i + 2;
            }
        }
        if (start < text.length()) {
            out.add(text.substring(start));
        }
        return out;
    }

    /**
     * "New York Herald Tribune. October 28, 1931.": a full stop the OCR read for the comma before
     * a paper's date; the date goes with the name before it, which has no date of its own.
     */
    private static boolean dateReadAsSentence(String text, int start, int dot) {
        Matcher day = PrintedDates.DAY_DATE.matcher(text).region(dot + 2, text.length());
        return day.lookingAt() && PrintedDates.date(text.substring(start, dot)) == null && !Commentary.isProse(text.substring(start, dot))
            && wordCount(text.substring(start, dot).strip()) <= SHORT_REFERENCE_WORDS;
    }

    private static boolean abbreviationBefore(String text, int dot) {
        int s = dot;
        while (s > 0 && Character.isLetter(text.charAt(s - 1))) {
            s--;
        }
        String word = text.substring(s, dot);
        if (word.isEmpty()) {
            // "p. 11-12. Cf." ends a sentence; "No. 11. August 7" only punctuates a reference
            return dot == 0 || !Character.isDigit(text.charAt(dot - 1)) || MONTH_AHEAD.matcher(text).region(dot + 1, text.length()).lookingAt();
        }
        if (ROMAN.matcher(word).matches()) {
            return true; // "Vol. VI. No. 8"
        }
        String lower = word.toLowerCase(Locale.ROOT);
        return lower.length() <= 1 || ABBREVIATIONS.contains(lower) || isIbidWord(lower);
    }

    static List<String> splitTopLevel(String s, char sep) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            } else if (c == sep && depth == 0) {
                out.add(s.substring(start, i));
                start = i + 1;
            }
        }
        out.add(s.substring(start));
        return out;
    }

    /** {@code s} with every code point that is no letter removed (what {@code [^\p{L}]} removes), without a regex per word. */
    static String letters(String s) {
        return kept(s, false);
    }

    /** {@code s} with every code point that is neither a letter nor an ASCII digit removed ({@code [^\p{L}\d]}). */
    static String lettersAndDigits(String s) {
        return kept(s, true);
    }

    private static String kept(String s, boolean digits) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (Character.isLetter(cp) || digits && cp >= '0' && cp <= '9') {
                b.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return b.toString();
    }

    static boolean isIbid(String s) {
        String t = s.strip();
        int end = 0;
        while (end < t.length() && !isLeadGap(t.charAt(end))) {
            end++;
        }
        String first = t.substring(0, end); // what splitting at the first run of spaces and commas leaves first
        if (first.indexOf('d') < 0 && first.indexOf('D') < 0) {
            return false; // every reading of "Ibid" ends in "id": most segments' first word is asked no more
        }
        return isIbidWord(letters(first).toLowerCase(Locale.ROOT))
            && (first.endsWith(".") || first.endsWith(",") || first.endsWith(".,") || t.length() == first.length());
    }

    /** A comma or what {@code \s} matches: the characters that end a segment's first word. */
    private static boolean isLeadGap(char c) {
        return c == ',' || c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** "Ibid" and its OCR damage: "JTbid", "Il)id", "lbid". */
    private static boolean isIbidWord(String w) {
        if (w.equals("ibid")) {
            return true;
        }
        return w.length() >= 3 && w.length() <= 5 && w.endsWith("id") && "ijl".indexOf(w.charAt(0)) >= 0
            && (w.contains("b") || w.length() <= 4);
    }

    private Citation read(String id, String raw, List<Citation> earlier) {
        if (raw.length() < 3) {
            return null;
        }
        String pages = group(PAGES, PAGES_NEEDS, raw);
        String date = PrintedDates.date(raw);
        String volume = group(VOLUME, VOLUME_NEEDS, raw);
        String number = group(NUMBER, NUMBER_NEEDS, raw);
        if (isIbid(raw)) {
            Citation ref = EarlierCitations.lastFull(earlier); // Ibid. after Ibid. still means the last full reference
            return new Citation(id, raw, null, null, null, null, null, volume, number, date, pages,
                ref == null ? null : ref.id());
        }
        boolean cited = isCited(raw);
        int headEnd = headEnd(raw);
        Head head = quoted(raw, headEnd);
        if (head == null) {
            head = unquoted(raw, headEnd, cited);
        }
        BookImprint imprint = head.imprint();
        if (!cited && date == null && pages == null && volume == null
                && (imprint == null || imprint.year() == null)) {
            return null; // no date, volume, page or book's year: not a reference
        }
        if (date == null && imprint != null) {
            date = imprint.year(); // "…, Moscow, 1926": a book cited by its year alone
        }
        String container = head.container();
        String sameAs = null;
        if (container != null && isIbid(container)) {
            Citation last = EarlierCitations.lastFull(earlier); // "…", Ibid., April 5, 1932: the same journal as before
            container = last == null ? null : last.container();
            sameAs = last == null ? null : last.id();
        }
        String refersTo = cited ? EarlierCitations.cited(head.title(), head.author(), earlier, normalRaws) : sameAs;
        return new Citation(id, raw, emptyToNull(head.author()), emptyToNull(head.title()), emptyToNull(container),
            imprint == null ? null : imprint.place(), imprint == null ? null : imprint.publisher(),
            volume, number, date, pages, refersTo);
    }

    /** Author, title, container and book imprint as a reference's head gives them; any may be null. */
    private record Head(String author, String title, String container, BookImprint imprint) {}

    /** A reference whose title is quoted (its closing quote maybe lost): the container follows the title. */
    private static Head quoted(String raw, int headEnd) {
        if (!Chars.containsAny(raw, "“”‘’\"'")) {
            return null; // every pattern below needs a quote mark
        }
        Matcher q = QUOTED.matcher(raw);
        if (q.find() && q.start() < Math.max(headEnd, q.start() + 1)) {
            String after = raw.substring(q.end());
            int afterEnd = Math.max(0, headEnd(after));
            BookImprint imprint = BookImprint.find(after, afterEnd); // a chapter in a book: the book's imprint
            int stop = imprint == null ? afterEnd : Math.min(afterEnd, imprint.start());
            return new Head(withoutStrayGlyph(clean(raw.substring(0, q.start()))), clean(q.group(1)),
                containerAfterTitle(parts(after.substring(0, stop))), imprint);
        }
        Matcher open = OPEN_QUOTED.matcher(raw);
        if (open.find() && open.start() < headEnd && isNameOrNothing(raw.substring(0, open.start()))) {
            String title = clean(open.group(1)); // a title whose closing quote the OCR lost
            return new Head(clean(raw.substring(0, open.start())), title,
                containerAfterTitle(parts(raw.substring(open.end(), Math.max(open.end(), headEnd)))), null);
        }
        Matcher close = CLOSE_QUOTED.matcher(raw);
        if (close.find() && close.start() < headEnd) {
            String before = clean(raw.substring(0, close.start()));
            return new Head(looksLikeName(before) ? before : null, clean(close.group(1)),
                containerAfterTitle(parts(raw.substring(close.end(), Math.max(close.end(), headEnd)))), null);
        }
        return null;
    }

    /** A reference without quotes: "Author, Title (imprint)", "Title, Place, Year", "Paper, date", "Title, Paper, date". */
    private static Head unquoted(String raw, int headEnd, boolean cited) {
        BookImprint imprint = BookImprint.find(raw, headEnd);
        List<String> parts = parts(raw.substring(0, imprint == null ? headEnd : Math.min(headEnd, imprint.start())));
        boolean named = !parts.isEmpty() && looksLikeName(parts.get(0)) && parts.size() >= 2;
        List<String> rest = named ? parts.subList(1, parts.size()) : parts;
        String author = named ? parts.get(0) : null;
        if (parts.stream().anyMatch(p -> p.startsWith("and "))) {
            return new Head(null, null, String.join(", ", parts), imprint); // papers named in a list: split later
        }
        if (imprint != null || cited) {
            return new Head(author, rest.isEmpty() ? null : withoutTranslation(String.join(", ", rest)), null, imprint);
        }
        int publisher = publisherAt(rest);
        if (publisher > 0) { // "Place, Publisher" without a year is an imprint too
            return new Head(author, String.join(", ", rest.subList(0, publisher - 1)), null,
                new BookImprint(raw.indexOf(rest.get(publisher - 1)), rest.get(publisher - 1), rest.get(publisher), null));
        }
        if (rest.size() == 1) {
            return new Head(author, null, rest.get(0), null);
        }
        if (rest.isEmpty()) {
            return new Head(author, null, null, null);
        }
        return new Head(author, String.join(", ", rest.subList(0, rest.size() - 1)), rest.get(rest.size() - 1), null);
    }

    /** "L. K. Rosi *“Chinese-Soviet Pact…": a glyph the OCR set between the author and the quote is no part of the name. */
    private static String withoutStrayGlyph(String author) {
        String t = author;
        while (!t.isEmpty() && "*+^|~".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t;
    }

    /** "Innostrannyi Kapital i Russkie Banki (Foreign Capital and Russian Banks)": the title is what was printed before its translation. */
    private static String withoutTranslation(String title) {
        int open = title.lastIndexOf(" (");
        return open > 0 && title.endsWith(")") ? title.substring(0, open).strip() : title;
    }

    /** The first part after a title that is not a parenthesised translation of it: the journal or paper. */
    private static String containerAfterTitle(List<String> parts) {
        for (String p : parts) {
            if (!(p.startsWith("(") && p.endsWith(")"))) {
                return p;
            }
        }
        return null;
    }

    /** Where a book's imprint names its publisher after the place ("New York, Oxford University Press"), else -1. */
    private static int publisherAt(List<String> rest) {
        for (int i = 2; i < rest.size(); i++) {
            String place = rest.get(i - 1);
            if (BookImprint.PUBLISHER.matcher(rest.get(i)).find() && BookImprint.isPlace(place)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isNameOrNothing(String s) {
        String c = clean(s);
        return c.isEmpty() || looksLikeName(c);
    }

    /** A person's or body's name: a few capitalised words or initials ("T. A. Bisson", "Department of State" is not). */
    static boolean looksLikeName(String s) {
        String[] tokens = SPACES.split(s);
        if (tokens.length > 7 || tokens[0].equalsIgnoreCase("the")) {
            return false;
        }
        boolean joined = false;
        for (String t : tokens) {
            if (NAME_JOINERS.contains(t)) {
                joined = true;
                continue;
            }
            if (t.isEmpty() || !(Character.isUpperCase(t.charAt(0)) || capitalisedAfterHyphen(t))
                    || t.chars().anyMatch(Character::isDigit)) {
                return false;
            }
        }
        return tokens.length >= 1 && (tokens.length <= 4 || joined);
    }

    /** "wheeler-Bennett": a double name whose first capital the OCR lost keeps the second. */
    private static boolean capitalisedAfterHyphen(String t) {
        int h = t.indexOf('-');
        return h > 0 && h + 1 < t.length() && Character.isUpperCase(t.charAt(h + 1));
    }

    /** Where the names and titles of a reference stop: at its date, volume, number, page or "cited". */
    private static int headEnd(String s) {
        int month = PrintedDates.holdsYear(s) ? PrintedDates.firstMonth(s) : -1; // a date holds both
        int end = s.length();
        end = Math.min(end, start(PrintedDates.foundFrom(PrintedDates.DAY_DATE, s, month), end));
        end = Math.min(end, start(PrintedDates.foundFrom(PrintedDates.MONTH_DATE, s, month), end));
        end = Math.min(end, start(found(VOLUME, VOLUME_NEEDS, s), end));
        end = Math.min(end, start(found(NUMBER, NUMBER_NEEDS, s), end));
        end = Math.min(end, start(found(PAGES, PAGES_NEEDS, s), end));
        return Math.min(end, start(found(CITED, "cited", s), end));
    }

    private static int start(Matcher m, int otherwise) {
        return m == null ? otherwise : m.start();
    }

    /**
     * {@code p} found in {@code s}, or null; it is sought only when {@code s} holds {@code needs},
     * a literal every match holds, and only from where the literal first stands: one intrinsic
     * pass, where the regex would be tried at each char. The patterns given here open a match at
     * most one char and white space before their literal ("pp." for "p.", ", cited" for "cited").
     */
    static Matcher found(Pattern p, String needs, String s) {
        int from = s.indexOf(needs);
        while (from > 0 && Chars.isRegexSpace(s.charAt(from - 1))) {
            from--;
        }
        return PrintedDates.foundFrom(p, s, from < 0 ? -1 : Math.max(0, from - 1));
    }

    /** "…, cited, p. 12": the pattern (which opens with what may precede the word) waits for the word. */
    private static boolean isCited(String s) {
        return found(CITED, "cited", s) != null;
    }

    private static List<String> parts(String head) {
        List<String> out = new ArrayList<>();
        for (String p : splitTopLevel(head, ',')) {
            String c = clean(p);
            boolean bareWords = c != null && c.chars().noneMatch(Character::isUpperCase) && c.split(" ").length <= 2;
            if (c != null && !c.isEmpty() && !PrintedDates.YEAR.matcher(c).matches() && !bareWords) {
                out.add(c);
            }
        }
        return out;
    }

    private static String clean(String s) {
        String t = s.strip();
        while (!t.isEmpty() && ",;:".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1).strip();
        }
        while (t.endsWith(".") && !endsWithInitial(t)) {
            t = t.substring(0, t.length() - 1).strip();
        }
        while (!t.isEmpty() && ",;:".indexOf(t.charAt(0)) >= 0) {
            t = t.substring(1).strip();
        }
        return t;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static String group(Pattern p, String needs, String s) {
        Matcher m = found(p, needs, s);
        return m == null ? null : m.group(1).strip();
    }

}
