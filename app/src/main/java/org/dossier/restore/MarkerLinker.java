package org.dossier.restore;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Links footnotes to their reference markers although the OCR garbles markers (a digit glued to
 * a word, {@code *}, a stray quote, a wrong digit). Every plausible marker in the body is a
 * candidate; notes and candidates are then aligned in order (a marker precedes its note, on the
 * same page or the one before, and markers run in the notes' order), maximising how well each
 * glyph fits its note's label. Linked markers are removed from the paragraph text.
 */
final class MarkerLinker {
    /** Words after which a number is a quantity or a reference, never a note marker. */
    private static final Set<String> NUMBER_TAKERS = Set.of(
        "article", "art", "no", "nos", "p", "pp", "vol", "vols", "section", "sec", "chapter", "ch",
        "par", "page", "pages", "paragraph", "clause", "annex", "point", "number", "table", "figure",
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
        "sept", "oct", "nov", "dec", "the", "a", "of", "about", "some", "over", "nearly", "and", "or",
        "to", "from", "by", "between", "than", "under", "with", "at", "$");
    /** What a word before a number loses to be looked up (compiled once: it is asked of every number). */
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}$]");
    private static final int THRESHOLD = 3;
    /** Glyphs that stand for a note marker when they end a word: symbols, and what the OCR makes of digits. */
    private static final String SYMBOLS = "*†‡°™®+";
    private static final String GLYPHS = SYMBOLS + "’”\"'“";
    /** Which ASCII chars are glyphs: asked of every word's last character, which is seldom one. */
    private static final boolean[] ASCII_GLYPHS = asciiOf(GLYPHS);
    /** Which ASCII chars may make a word a marker or a quote: the only chars the candidate scan stops at. */
    private static final boolean[] ASCII_TELLING = asciiTelling();
    private static final Set<String> CONFUSABLE_DIGITS = Set.of("38", "56", "68", "58", "17", "08", "09", "89", "35", "13", "49");
    /** Each pairing is worth something in itself: two fair links beat one good link and an orphan. */
    private static final int LINK_BONUS = 3;
    private static final Set<String> MONTHS = Set.of(
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december");

    /** A day named in a note ("Izvestia, November 4, 1931") or in the body ("On November 4 Izvestia"). */
    private static final Pattern DAY = Pattern.compile(
        PrintedDates.MONTH_INITIAL + "\\b(January|February|March|April|May|June|July|August|September|October|November|December)\\s+(\\d{1,2})\\b");
    /** How far before a marker the body may name the day its note cites. */
    private static final int DATE_WINDOW = 300;
    private static final int DATE_BONUS = 4;

    private final SourceLines lines;
    private final List<PageFrame> frames;
    /** The days named before each candidate, found once: a candidate is weighed against every note near it. */
    private final Map<Candidate, Set<String>> daysBefore = new IdentityHashMap<>();
    /** The unit whose candidates are read, copied into an array kept between units. */
    private char[] buffer = new char[1024];

    MarkerLinker(SourceLines lines, List<PageFrame> frames) {
        this.lines = lines;
        this.frames = frames;
    }

    enum Glyph { NUMBER, SYMBOL, QUOTE }

    record Candidate(Drafts.Unit paragraph, int start, int end, String raw, String value, Glyph glyph,
                     int base, int rawOffset) {}

    record Link(Drafts.Unit paragraph, int offset, String raw, int line) {}

    record Result(Map<Drafts.Unit, Link> byNote, int orphanMarkers) {}

    Result link(List<Drafts.Unit> paragraphs, List<Drafts.Unit> notes) {
        List<Candidate> candidates = new ArrayList<>();
        // with no notes to link, only the orphans are counted, and they are all symbols: numbers
        // (a text's commonest telling words) and quotes need not be read
        boolean symbolsOnly = notes.isEmpty();
        for (Drafts.Unit p : paragraphs) {
            candidates.addAll(candidates(p, symbolsOnly));
        }
        Map<Drafts.Unit, Candidate> chosen = new IdentityHashMap<>();
        int from = 0;
        int i = 0;
        while (i < notes.size()) {
            int page = notes.get(i).page;
            int j = i;
            while (j < notes.size() && notes.get(j).page == page) {
                j++;
            }
            from = align(notes.subList(i, j), candidates, from, page, chosen);
            i = j;
        }
        Map<Drafts.Unit, Link> links = removeChosen(chosen);
        int orphans = 0;
        Set<Candidate> used = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        used.addAll(chosen.values());
        for (Candidate c : candidates) {
            if (!used.contains(c) && c.glyph() == Glyph.SYMBOL && c.base() >= 4) {
                orphans++;
            }
        }
        return new Result(links, orphans);
    }

    /** Aligns one page's notes with candidates from {@code from}; returns where the next page may start. */
    private int align(List<Drafts.Unit> notes, List<Candidate> all, int from, int page,
                      Map<Drafts.Unit, Candidate> chosen) {
        int windowStart = frames.get(Math.max(0, page - 1)).start();
        int minOffset = lines.count() == 0 ? 0 : lines.start(Math.min(windowStart, lines.count() - 1));
        int lastNoteOffset = notes.get(notes.size() - 1).text.firstRaw();
        int lo = from;
        while (lo < all.size() && all.get(lo).rawOffset() < minOffset) {
            lo++;
        }
        int hi = lo;
        while (hi < all.size() && all.get(hi).rawOffset() < lastNoteOffset) {
            hi++;
        }
        int k = notes.size();
        int m = hi - lo;
        int[][] dp = new int[k + 1][m + 1];
        for (int a = 1; a <= k; a++) {
            int noteOffset = notes.get(a - 1).text.firstRaw();
            Set<String> noteDays = days(notes.get(a - 1).text.toString());
            for (int b = 1; b <= m; b++) {
                int best = Math.max(dp[a - 1][b], dp[a][b - 1]);
                Candidate c = all.get(lo + b - 1);
                if (c.rawOffset() < noteOffset) {
                    int s = score(c, notes.get(a - 1).label) + dateAgreement(c, noteDays, daysBefore);
                    if (s >= THRESHOLD) {
                        best = Math.max(best, dp[a - 1][b - 1] + s + LINK_BONUS);
                    }
                }
                dp[a][b] = best;
            }
        }
        int a = k;
        int b = m;
        int lastUsed = -1;
        while (a > 0 && b > 0) {
            if (dp[a][b] == dp[a - 1][b]) {
                a--;
            } else if (dp[a][b] == dp[a][b - 1]) {
                b--;
            } else {
                chosen.put(notes.get(a - 1), all.get(lo + b - 1));
                lastUsed = Math.max(lastUsed, lo + b - 1);
                a--;
                b--;
            }
        }
        return lastUsed >= 0 ? lastUsed + 1 : from;
    }

    static int score(Candidate c, String label) {
        if (label == null) {
            return 0;
        }
        boolean symbolLabel = !Character.isLetterOrDigit(label.charAt(0));
        int match;
        switch (c.glyph()) {
            case SYMBOL -> match = symbolLabel ? 10 : 3;
            case QUOTE -> match = 2;
            default -> match = symbolLabel ? -100 : numberMatch(c.value(), label);
        }
        return c.base() + match;
    }

    /**
     * Evidence from dates where glyphs are lost: a note citing a source of a given day usually
     * stands after the sentence that narrates that day, so a marker preceded by the day its note
     * cites is the likelier one.
     */
    static int dateAgreement(Candidate c, Set<String> noteDays, Map<Candidate, Set<String>> daysBefore) {
        if (noteDays.isEmpty()) {
            return 0;
        }
        // the window alone is copied, not the paragraph, to be searched
        Set<String> before = daysBefore.computeIfAbsent(c, k -> {
            String window = k.paragraph().text.substring(Math.max(0, k.start() - DATE_WINDOW), k.start());
            return days(window);
        });
        for (String day : before) {
            if (noteDays.contains(day)) {
                return DATE_BONUS;
            }
        }
        return 0;
    }

    /** The days {@code text} names, each as "November 4"; searched from the first month's name, as a day opens with one. */
    static Set<String> days(String text) {
        Set<String> out = new java.util.HashSet<>();
        int first = PrintedDates.firstMonth(text);
        Matcher m = DAY.matcher(text);
        for (boolean found = first >= 0 && m.find(first); found; found = m.find()) {
            out.add(m.group(1) + " " + Integer.parseInt(m.group(2)));
        }
        return out;
    }

    static int numberMatch(String value, String label) {
        if (value.equals(label)) {
            return 10;
        }
        if (value.length() != label.length()) {
            return -100;
        }
        int diff = -1;
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) != label.charAt(i)) {
                if (diff >= 0) {
                    return 0; // two digits misread: only its place in the sequence speaks for it
                }
                diff = i;
            }
        }
        return confusable(value.charAt(diff), label.charAt(diff)) ? 4 : 1;
    }

    /** Digit pairs an OCR engine commonly confuses in old type. */
    private static boolean confusable(char a, char b) {
        String pair = a < b ? "" + a + b : "" + b + a;
        return CONFUSABLE_DIGITS.contains(pair);
    }

    /**
     * The unit's marker candidates, in order. A word can be one, or move the quote count, only if
     * it holds a digit, a glyph or a double quote: the text is scanned for those alone, one table
     * read per char, and only the words holding one are cut out and read (with the word before
     * them, found backwards). With {@code symbolsOnly}, only the words holding a glyph are read,
     * and only symbol candidates kept: none of those is ever superseded by a number or a quote.
     */
    List<Candidate> candidates(Drafts.Unit p, boolean symbolsOnly) {
        List<Candidate> out = new ArrayList<>();
        // read from an array kept from unit to unit: every character of the body passes through here
        buffer = p.text.copyInto(buffer);
        char[] t = buffer;
        int n = p.text.length();
        QuoteBalance quotes = new QuoteBalance();
        for (int i = nextTelling(t, 0, n, symbolsOnly); i < n; i = nextTelling(t, i, n, symbolsOnly)) {
            int s = i;
            while (s > 0 && t[s - 1] != ' ') {
                s--;
            }
            boolean quote = false; // most such words hold no double quote: the quote count then skips them
            for (char c; i < n && (c = t[i]) != ' '; i++) {
                quote |= isDoubleQuote(c);
            }
            if (mayBeMarker(t, s, i)) {
                Candidate c = candidate(p, new String(t, s, i - s), s, i, wordBefore(t, s),
                    nextCapOrEnd(t, i, n), quotes.open());
                if (c != null && (!symbolsOnly || c.glyph() == Glyph.SYMBOL)) {
                    while (!out.isEmpty() && out.get(out.size() - 1).end() > c.start()) {
                        out.remove(out.size() - 1); // "1 *" read as one marker supersedes its "1"
                    }
                    out.add(c);
                }
            }
            if (quote) {
                quotes.count(t, s, i);
            }
        }
        return out;
    }

    /** Where the next char at or after {@code from} that may make its word a marker or a quote stands; {@code n} if none. */
    private static int nextTelling(char[] t, int from, int n, boolean symbolsOnly) {
        int i = from;
        if (symbolsOnly) {
            while (i < n && !isGlyph(t[i])) { // a symbol, or a quote after a number ("1 ’"), is a glyph
                i++;
            }
            return i;
        }
        while (i < n && !isTelling(t[i])) {
            i++;
        }
        return i;
    }

    /** A digit, a glyph or a double quote: what {@link #mayBeMarker} and the quote count look for. */
    private static boolean isTelling(char c) {
        return c < 128 ? ASCII_TELLING[c] : Chars.isDigit(c) || GLYPHS.indexOf(c) >= 0 || isDoubleQuote(c);
    }

    private static boolean[] asciiTelling() {
        boolean[] table = new boolean[128];
        for (char c = 0; c < 128; c++) {
            table[c] = Chars.isDigit(c) || GLYPHS.indexOf(c) >= 0 || isDoubleQuote(c);
        }
        return table;
    }

    /** The word before the one starting at {@code s}, or null if it is the first. */
    private static String wordBefore(char[] t, int s) {
        int end = s;
        while (end > 0 && t[end - 1] == ' ') {
            end--;
        }
        int start = end;
        while (start > 0 && t[start - 1] != ' ') {
            start--;
        }
        return end > 0 ? new String(t, start, end - start) : null;
    }

    /** Whether the word after {@code e} opens with no lower-case letter, or none follows. */
    private static boolean nextCapOrEnd(char[] t, int e, int n) {
        int next = e;
        while (next < n && t[next] == ' ') {
            next++;
        }
        return next >= n || !Character.isLowerCase(t[next]);
    }

    /** The marks {@link QuoteBalance} counts: “, ” and ". */
    private static boolean isDoubleQuote(char c) {
        return c == '"' || (c | 1) == '”'; // “ and ” are U+201C and U+201D
    }

    /** Cheap test on the token's ends before any string is made: markers end in a digit, symbol or quote. */
    private static boolean mayBeMarker(char[] t, int s, int e) {
        char last = t[e - 1];
        if (Chars.isDigit(last) || isGlyph(last)) {
            return true;
        }
        return e - s <= 4 && Chars.isDigit(t[s]);
    }

    /** Whether {@code c} is one of {@link #GLYPHS}; an ASCII char (nearly every word ends in one) by a table read. */
    private static boolean isGlyph(char c) {
        return c < 128 ? ASCII_GLYPHS[c] : GLYPHS.indexOf(c) >= 0;
    }

    private static boolean[] asciiOf(String chars) {
        boolean[] table = new boolean[128];
        for (int k = 0; k < chars.length(); k++) {
            if (chars.charAt(k) < 128) {
                table[chars.charAt(k)] = true;
            }
        }
        return table;
    }

    /**
     * Whether a quotation is open at a point of the text: a closing quote there is then genuine.
     * A straight quote opens a quotation only where an opening quote stands, before a word: one
     * after a word's last letter or stop ("Manchuria,\"") with none open closes nothing and opens
     * nothing, being a stray mark or a garbled note marker.
     */
    private static final class QuoteBalance {
        private int curly;
        private boolean straight;

        void count(char[] t, int from, int to) {
            for (int k = from; k < to; k++) {
                char ch = t[k];
                if (ch == '“') {
                    curly++;
                } else if (ch == '”' && curly > 0) {
                    curly--;
                } else if (ch == '"' && (straight || opensWord(t, k, from))) {
                    straight = !straight;
                }
            }
        }

        /** A straight quote before the token's first letter or digit, or a token of quotes alone. */
        private static boolean opensWord(char[] t, int k, int from) {
            for (int j = from; j < k; j++) {
                if (Character.isLetterOrDigit(t[j])) {
                    return false;
                }
            }
            return true;
        }

        boolean open() {
            return curly > 0 || straight;
        }
    }

    private Candidate candidate(Drafts.Unit p, String tok, int s, int e, String prev, boolean nextCapOrEnd,
                                boolean quoteOpen) {
        if (isNumberToken(tok)) {
            if (prev == null) {
                return null;
            }
            char pc = prev.charAt(prev.length() - 1);
            // the regex only where a dollar sign is to be kept: every other word loses its non-letters alone
            String prevWord = (prev.indexOf('$') < 0 ? CitationParser.letters(prev) : NOT_WORD.matcher(prev).replaceAll(""))
                .toLowerCase(Locale.ROOT);
            boolean impossibleDay = MONTHS.contains(prevWord) && Integer.parseInt(digitsOf(tok)) > 31;
            if ((NUMBER_TAKERS.contains(prevWord) && !impossibleDay) || Character.isDigit(pc)) {
                return null;
            }
            int base = isClosingPunct(pc) || impossibleDay ? 3 : Character.isLetter(pc) ? -1 : -10;
            if (base < 0) {
                return null;
            }
            base += nextCapOrEnd ? 1 : 0;
            return make(p, s - 1, e, tok, tok, Glyph.NUMBER, base);
        }
        // digits glued to the end of a word or its punctuation: "Railway,2", "Sakhalin.4"
        int d = tok.length();
        while (d > 0 && Character.isDigit(tok.charAt(d - 1))) {
            d--;
        }
        if (d < tok.length() && tok.length() - d <= 3 && d >= 3 && noDigits(tok, d)
                && Character.isLetter(tok.charAt(0)) && !Character.isLetter(tok.charAt(d - 1))) {
            return make(p, s + d, e, tok.substring(d), tok.substring(d), Glyph.NUMBER, 3);
        }
        // a lone quote or symbol after a number: "1 ’", "1 *" (the OCR's reading of one marker)
        if (isGlyphOnly(tok)) {
            if (prev != null && isNumberToken(prev)) {
                return make(p, s - 1 - prev.length() - 1, e, prev + " " + tok, null, Glyph.SYMBOL, 4);
            }
            if (tok.chars().anyMatch(ch -> "*†‡".indexOf(ch) >= 0)) {
                return make(p, s - 1, e, tok, null, Glyph.SYMBOL, prev == null ? 2 : 4);
            }
            return null;
        }
        // note symbols: "Sakhalin.*", "relations.*", "1.°*"
        int sym = tok.length();
        while (sym > 0 && SYMBOLS.indexOf(tok.charAt(sym - 1)) >= 0) {
            sym--;
        }
        if (sym < tok.length()) {
            char before = tok.charAt(sym - 1);
            int base = isClosingPunct(before) || Character.isLetter(before) ? 4 : 2;
            return make(p, s + sym, e, tok.substring(sym), null, Glyph.SYMBOL, base);
        }
        // a closing quote with no opening one after punctuation: "fisheries.’", "developments.”"
        if (tok.length() >= 3) {
            char last = tok.charAt(tok.length() - 1);
            char before = tok.charAt(tok.length() - 2);
            boolean straight = last == '"' || last == '\'';
            if (last == '“' && isClosingPunct(before) && nextCapOrEnd) {
                return make(p, e - 1, e, String.valueOf(last), null, Glyph.QUOTE, 2); // an opening quote cannot end a word
            }
            if ((last == '’' || last == '”' || straight) && isClosingPunct(before)
                    && tok.indexOf('“') < 0 && tok.indexOf('‘') < 0 && (straight || !quoteOpen)) {
                int base = (nextCapOrEnd ? 2 : 1) - (straight && quoteOpen ? 1 : 0);
                return make(p, e - 1, e, String.valueOf(last), null, Glyph.QUOTE, base);
            }
        }
        return null;
    }

    private Candidate make(Drafts.Unit p, int start, int end, String raw, String value, Glyph glyph, int base) {
        start = Math.max(0, start);
        int rawOffset = -1;
        for (int k = start; k < end && rawOffset < 0; k++) {
            rawOffset = p.text.rawAt(k);
        }
        if (rawOffset < 0) {
            return null;
        }
        return new Candidate(p, start, end, raw, value, glyph, base, rawOffset);
    }

    private static boolean isGlyphOnly(String tok) {
        for (int k = 0; k < tok.length(); k++) {
            if (GLYPHS.indexOf(tok.charAt(k)) < 0 || tok.charAt(k) == '“') {
                return false;
            }
        }
        return true;
    }

    private static String digitsOf(String tok) {
        int k = 0;
        while (k < tok.length() && Character.isDigit(tok.charAt(k))) {
            k++;
        }
        return tok.substring(0, k);
    }

    private static boolean noDigits(String tok, int until) {
        for (int k = 0; k < until; k++) {
            if (Character.isDigit(tok.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    static boolean isNumberToken(String tok) {
        int n = tok.length();
        if (n == 0 || n > 4) {
            return false;
        }
        int k = 0;
        while (k < n && Character.isDigit(tok.charAt(k))) {
            k++;
        }
        if (k == 0 || k > 3) {
            return false;
        }
        return k == n || (k == n - 1 && Character.isLowerCase(tok.charAt(k)) && tok.charAt(k) <= 'f');
    }

    private static boolean isClosingPunct(char c) {
        return ".,;:”’\")]?!".indexOf(c) >= 0;
    }

    /** Removes linked markers from their paragraphs, right to left, and records where they stood. */
    private Map<Drafts.Unit, Link> removeChosen(Map<Drafts.Unit, Candidate> chosen) {
        Map<Drafts.Unit, List<Map.Entry<Drafts.Unit, Candidate>>> byParagraph = new IdentityHashMap<>();
        for (Map.Entry<Drafts.Unit, Candidate> e : chosen.entrySet()) {
            byParagraph.computeIfAbsent(e.getValue().paragraph(), k -> new ArrayList<>()).add(e);
        }
        Map<Drafts.Unit, Link> links = new HashMap<>();
        for (List<Map.Entry<Drafts.Unit, Candidate>> list : byParagraph.values()) {
            list.sort(Comparator.comparingInt((Map.Entry<Drafts.Unit, Candidate> e) -> e.getValue().start()).reversed());
            int[] starts = new int[list.size()];
            int[] lengths = new int[list.size()];
            for (int k = 0; k < list.size(); k++) {
                Candidate c = list.get(k).getValue();
                TextDraft text = c.paragraph().text;
                int from = c.start();
                int to = c.end();
                // A marker at either edge of a paragraph takes its space with it, so the text stays trimmed.
                if (from == 0) {
                    while (to < text.length() && text.charAt(to) == ' ') {
                        to++;
                    }
                } else if (to == text.length()) {
                    while (from > 0 && text.charAt(from - 1) == ' ') {
                        from--;
                    }
                }
                text.delete(from, to);
                starts[k] = from;
                lengths[k] = to - from;
            }
            for (int k = 0; k < list.size(); k++) {
                Candidate c = list.get(k).getValue();
                int offset = starts[k];
                for (int q = 0; q < list.size(); q++) {
                    if (q != k && starts[q] < starts[k]) {
                        offset -= lengths[q];
                    }
                }
                offset = Math.max(0, offset);
                links.put(list.get(k).getKey(), new Link(c.paragraph(), offset, c.raw().strip(),
                    lines.lineOf(c.rawOffset())));
            }
        }
        return links;
    }
}
