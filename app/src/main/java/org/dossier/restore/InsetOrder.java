package org.dossier.restore;

import java.util.ArrayList;
import java.util.List;

/**
 * Reading order around an inset: a box set into a column (an advertisement for a report, a
 * subscription notice) can stand between a word broken at a line end and the rest of that word
 * ("formerly Parlia-" … box … "mentary Under-Secretary … Office."). Where the body block after a
 * broken word opens with a capital, and a body block a little further on, on the same page or the
 * next, opens in lower case with the rest of the word and closes its sentence, that block is read
 * next and the inset after it. The evidence is the word itself: the part before the hyphen is no
 * word, the two parts joined are one the document or the word list knows; and since the inset is
 * read after the block that completes the paragraph, it interrupts no other.
 */
final class InsetOrder {
    /** An inset is a few blocks at most; further on, a lower-case block is another column's. */
    private static final int MAX_INSET_BLOCKS = 6;

    private final SourceLines lines;
    private final Lexicon lexicon;
    private final WordList words;

    InsetOrder(SourceLines lines, Lexicon lexicon, WordList words) {
        this.lines = lines;
        this.lexicon = lexicon;
        this.words = words;
    }

    List<Block> reorder(List<Block> blocks) {
        List<Block> out = new ArrayList<>(blocks);
        for (int i = 0; i < out.size(); i++) {
            Block broken = out.get(i);
            String fragment = broken.kind() == Block.Kind.BODY ? fragmentAtEnd(broken.last()) : null;
            int next = fragment == null ? -1 : nextBody(out, i + 1);
            if (next < 0 || opensInLowerCase(out.get(next).first())) {
                continue; // no broken word, or the next block goes on with it as usual
            }
            int rest = continuation(out, next, broken.page(), fragment);
            if (rest >= 0) {
                out.add(next, out.remove(rest)); // the word's rest first, the inset after it
            }
        }
        return out;
    }

    /** The index of the first body block from {@code from}, or -1. */
    private static int nextBody(List<Block> blocks, int from) {
        for (int k = from; k < blocks.size(); k++) {
            if (blocks.get(k).kind() == Block.Kind.BODY) {
                return k;
            }
        }
        return -1;
    }

    /** The body block after the inset that opens with the rest of the broken word and closes its sentence, or -1. */
    private int continuation(List<Block> blocks, int insetStart, int page, String fragment) {
        int bodies = 0;
        for (int k = insetStart; k < blocks.size() && bodies <= MAX_INSET_BLOCKS; k++) {
            Block b = blocks.get(k);
            if (b.page() > page + 1) {
                return -1;
            }
            if (b.kind() != Block.Kind.BODY) {
                continue; // furniture and debris are read by no one
            }
            bodies++;
            if (k > insetStart && opensInLowerCase(b.first())) {
                // the first lower-case block decides
                boolean closes = Flow.endsSentence(lines.raw(), lines.trimmedStart(b.last()), lines.trimmedEnd(b.last()));
                return closes && completes(fragment, leadingLetters(b.first())) ? k : -1;
            }
        }
        return -1;
    }

    private boolean completes(String fragment, String rest) {
        if (rest.isEmpty() || known(fragment)) {
            return false; // "anti-" + "Nazi" or "well-" + "known": a word may stand before a real hyphen
        }
        return known(fragment + rest);
    }

    private boolean known(String word) {
        return lexicon.count(word) > 0 || lexicon.listed(word, words);
    }

    /** The letters before a line-end hyphen or not-sign closing the line, or null when it ends otherwise. */
    private String fragmentAtEnd(int line) {
        String raw = lines.raw();
        int end = lines.trimmedEnd(line);
        int start = lines.trimmedStart(line);
        if (end - start < 2) {
            return null;
        }
        char last = raw.charAt(end - 1);
        if (!Hyphenator.isBreakMark(last)) {
            return null;
        }
        int from = end - 1;
        while (from > start && Character.isLetter(raw.charAt(from - 1))) {
            from--;
        }
        return from < end - 1 ? raw.substring(from, end - 1) : null;
    }

    private boolean opensInLowerCase(int line) {
        return !lines.isBlank(line) && Character.isLowerCase(lines.raw().charAt(lines.trimmedStart(line)));
    }

    private String leadingLetters(int line) {
        String raw = lines.raw();
        int at = lines.trimmedStart(line);
        int end = lines.trimmedEnd(line);
        int k = at;
        while (k < end && Character.isLetter(raw.charAt(k))) {
            k++;
        }
        return raw.substring(at, k);
    }
}
