package org.dossier.pkg;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.dossier.model.Anchor;
import org.dossier.restore.Edition;
import org.dossier.restore.Footnote;
import org.dossier.restore.Page;
import org.dossier.restore.Paragraph;
import org.dossier.restore.Span;

/**
 * Resolves W3C TextQuoteSelectors against the restored paragraphs and footnotes of an edition.
 * Whitespace is compared collapsed (any run is one space); a prefix must stand right before the
 * quote and a suffix right after it, within the same unit.
 */
final class AnchorIndex {
    private static final char SEPARATOR = '\u0000';
    private static final int QUOTE_IN_MESSAGE = 60;

    /** Either where the anchor resolved, or why it did not. */
    record Result(ResolvedAnchor resolved, String problem) {}

    private record Unit(String id, boolean footnote, int page, int startLine, int endLine, String normalized,
                        int[] toText, List<Span> spans) {}

    private final List<Page> pages;
    private final List<Unit> units = new ArrayList<>();
    private final String corpus;
    private final int[] unitStart;
    /**
     * Positions in the corpus chained by a hash of the {@value #KEY} characters starting there, so a
     * quote is found by checking the few positions that share its start instead of scanning.
     */
    private int[] head;
    private int[] next;

    AnchorIndex(Edition edition) {
        this.pages = edition.pages();
        for (Paragraph p : edition.paragraphs()) {
            units.add(unit(p.id(), false, p.page(), p.startLine(), p.endLine(), p.text(), p.spans()));
        }
        for (Footnote f : edition.footnotes()) {
            units.add(unit(f.id(), true, f.page(), f.startLine(), f.endLine(), f.text(), f.spans()));
        }
        StringBuilder all = new StringBuilder();
        unitStart = new int[units.size()];
        for (int i = 0; i < units.size(); i++) {
            unitStart[i] = all.length();
            all.append(units.get(i).normalized).append(SEPARATOR);
        }
        corpus = all.toString();
        indexKeys();
    }

    private static final int KEY = 4;

    private static int hash(String s, int at) {
        int h = 0;
        for (int i = 0; i < KEY; i++) {
            h = 31 * h + s.charAt(at + i);
        }
        return h ^ (h >>> 16);
    }

    private void indexKeys() {
        int n = Math.max(0, corpus.length() - KEY + 1);
        head = new int[Integer.highestOneBit(Math.max(1, n)) << 1];
        java.util.Arrays.fill(head, -1);
        next = new int[n];
        for (int i = n - 1; i >= 0; i--) {
            int b = hash(corpus, i) & (head.length - 1);
            next[i] = head[b];
            head[b] = i;
        }
    }

    /** Every position where {@code needle} occurs in the corpus, in order. */
    private List<Integer> occurrences(String needle) {
        List<Integer> out = new ArrayList<>();
        if (needle.length() < KEY) {
            for (int at = corpus.indexOf(needle); at >= 0; at = corpus.indexOf(needle, at + 1)) {
                out.add(at);
            }
            return out;
        }
        for (int at = head[hash(needle, 0) & (head.length - 1)]; at >= 0; at = next[at]) {
            if (corpus.startsWith(needle, at)) {
                out.add(at);
            }
        }
        return out;
    }

    private static Unit unit(String id, boolean footnote, int page, int startLine, int endLine, String text,
                             List<Span> spans) {
        StringBuilder norm = new StringBuilder(text.length());
        int[] map = new int[text.length() + 1];
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0') {
                space = norm.length() > 0;
                continue;
            }
            if (space) {
                map[norm.length()] = i - 1;
                norm.append(' ');
                space = false;
            }
            map[norm.length()] = i;
            norm.append(c == SEPARATOR ? ' ' : c);
        }
        map[norm.length()] = text.length();
        return new Unit(id, footnote, page, startLine, endLine, norm.toString(), map, spans);
    }

    /** Collapses whitespace runs to one space and trims, as quotes are compared. */
    static String collapse(String s) {
        return s == null ? "" : s.strip().replaceAll("[\\s\\u00a0]+", " ");
    }

    Result resolve(Anchor anchor) {
        String exact = collapse(anchor.exact());
        if (exact.isEmpty()) {
            return new Result(null, "anchor has no 'exact' quote");
        }
        String prefix = collapse(anchor.prefix());
        String suffix = collapse(anchor.suffix());
        List<int[]> matches = new ArrayList<>();
        int plain = 0;
        for (int at : occurrences(exact)) {
            plain++;
            int u = unitAt(at);
            Unit unit = units.get(u);
            int local = at - unitStart[u];
            if (fits(unit.normalized, local, local + exact.length(), prefix, suffix)) {
                matches.add(new int[] {u, local, local + exact.length()});
            }
        }
        String quoted = "anchor '" + shorten(exact) + "'";
        if (matches.isEmpty()) {
            return new Result(null, plain == 0
                ? quoted + " matches nowhere in the restored text"
                : quoted + " occurs " + times(plain) + " but never with the given prefix/suffix");
        }
        if (matches.size() > 1) {
            Set<String> where = new LinkedHashSet<>();
            for (int[] m : matches) {
                where.add(units.get(m[0]).id);
            }
            return new Result(null, quoted + " matches " + times(matches.size()) + " (in " + String.join(", ", where)
                + "); add a prefix or suffix so it matches once");
        }
        return locate(anchor, matches.get(0), quoted);
    }

    private Result locate(Anchor anchor, int[] match, String quoted) {
        Unit unit = units.get(match[0]);
        int start = unit.toText[match[1]];
        int end = unit.toText[match[2] - 1] + 1;
        int firstLine = lineAt(unit, start, unit.startLine);
        int lastLine = lineAt(unit, end - 1, unit.endLine);
        int startPage = pageAt(firstLine, unit.page);
        int endPage = pageAt(lastLine, startPage);
        Integer page = anchor.page();
        if (page != null && page != startPage && page != endPage) {
            String printed = startPage == endPage ? "page " + startPage : "pages " + startPage + "–" + endPage;
            return new Result(null, quoted + " is on " + printed + ", not on page " + page);
        }
        ResolvedAnchor r = new ResolvedAnchor(anchor, unit.id, unit.footnote, page == null ? startPage : page,
            start, end, firstLine, lastLine);
        return new Result(r, null);
    }

    private static boolean fits(String text, int start, int end, String prefix, String suffix) {
        if (!prefix.isEmpty() && !text.substring(0, start).stripTrailing().endsWith(prefix)) {
            return false;
        }
        return suffix.isEmpty() || text.substring(end).stripLeading().startsWith(suffix);
    }

    private int unitAt(int corpusOffset) {
        int lo = 0;
        int hi = unitStart.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (unitStart[mid] <= corpusOffset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    private static int lineAt(Unit unit, int textOffset, int fallback) {
        for (Span s : unit.spans) {
            if (s.textStart() <= textOffset && textOffset < s.textEnd()) {
                return s.line();
            }
        }
        return fallback;
    }

    private int pageAt(int rawLine, int fallback) {
        for (Page p : pages) {
            if (p.startLine() <= rawLine && rawLine <= p.endLine()) {
                return p.number();
            }
        }
        return fallback;
    }

    private static String times(int n) {
        return n == 1 ? "once" : n + " times";
    }

    private static String shorten(String s) {
        return s.length() <= QUOTE_IN_MESSAGE ? s : s.substring(0, QUOTE_IN_MESSAGE - 1) + "…";
    }
}
