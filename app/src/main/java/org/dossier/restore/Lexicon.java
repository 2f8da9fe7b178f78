package org.dossier.restore;

/**
 * The document's own spellings: how often each word (lower-cased) and each hyphenated compound
 * occurs away from a line end, where the printer's line breaking cannot have made or hidden a
 * hyphen. Built once per document; afterwards only the word list's answers are added beside its
 * words (see {@link #knownWord}). One restoration's own: not shared between threads.
 */
final class Lexicon {
    private static final byte LISTED = 1;
    private static final byte NOT_LISTED = 2;
    private final WordTable counts;

    /** A lexicon sized for about {@code expectedWords} distinct words; it grows past that. */
    Lexicon(int expectedWords) {
        counts = new WordTable(expectedWords);
    }

    Lexicon() {
        this(4096);
    }

    /** A lexicon sized for a text of {@code chars} characters (a report's distinct words are far fewer). */
    static Lexicon forText(int chars) {
        return new Lexicon(Math.max(256, Math.min(4096, chars / 16)));
    }

    void addLine(String line, boolean startsWithFragment, boolean endsWithFragment) {
        addLine(line.toCharArray(), 0, line.length(), startsWithFragment, endsWithFragment);
    }

    /** Counts the words of {@code line[from, to)}, one trimmed line, read in place (the raw text's chars). */
    void addLine(char[] line, int from, int to, boolean startsWithFragment, boolean endsWithFragment) {
        int lastLetter = to - 1;
        while (lastLetter >= from && !Chars.isLetter(line[lastLetter])) {
            lastLetter--;
        }
        int i = from;
        boolean first = true;
        while (i < to) {
            while (i < to && !Chars.isLetter(line[i])) {
                i++;
            }
            int start = i;
            boolean compound = false;
            while (i < to) {
                if (Chars.isLetter(line[i])) {
                    i++;
                } else if (isHyphen(line[i]) && i + 1 < to && Chars.isLetter(line[i + 1])) {
                    compound |= line[i] == '-';
                    i++;
                } else {
                    break;
                }
            }
            if (start == i) {
                break;
            }
            boolean last = i > lastLetter;
            boolean fragment = (first && startsWithFragment) || (last && endsWithFragment);
            first = false;
            if (!fragment && i - start > 2) { // one- and two-letter words are never asked about
                counts.add(line, start, i, 1);
                if (compound) {
                    addParts(line, start, i);
                }
            }
        }
    }

    /** Each part of a compound on its own ({@code non-aggression}: {@code non}, {@code aggression}). */
    private void addParts(char[] line, int start, int end) {
        int part = start;
        boolean compound = false;
        for (int k = start; k <= end; k++) {
            if (k == end ? compound : line[k] == '-') {
                compound = true;
                if (k > part) {
                    counts.add(line, part, k, 1);
                }
                part = k + 1;
            }
        }
    }

    static boolean isHyphen(char c) {
        return c == '-' || c == '\u00AD' || c == '\u2010';
    }

    int count(CharSequence word) {
        return counts.count(word);
    }

    /**
     * Whether the document uses the word at {@code text[from, to)} more than once, or else the
     * word list has it: the corrector's test of a known word, asked of nearly every long word.
     * The word list's answer is kept beside the document's word, so each distinct word is looked
     * up in the large word list once.
     */
    boolean knownWord(char[] text, int from, int to, WordList words) {
        // a word the document never used whole (split at line ends) gets an entry counting 0, so
        // that its answer too is kept: the corrector asks of it at each occurrence
        int e = counts.entryOrNew(text, from, to);
        return counts.countOf(e) > 1 || listed(e, text, from, to, words);
    }

    /**
     * Whether the word list has the word, its answer kept beside the document's entry for the
     * word (made counting 0 if the document holds none): the hyphenator and the corrector ask of
     * the same words, and the word list is a table of megabytes where each question is a cache miss.
     */
    boolean listed(String word, WordList words) {
        char[] s = word.toCharArray();
        return listed(counts.entryOrNew(s, 0, s.length), s, 0, s.length, words);
    }

    private boolean listed(int entry, char[] text, int from, int to, WordList words) {
        byte listed = counts.note(entry);
        if (listed == 0) {
            listed = words.contains(text, from, to) ? LISTED : NOT_LISTED;
            counts.note(entry, listed);
        }
        return listed == LISTED;
    }
}
