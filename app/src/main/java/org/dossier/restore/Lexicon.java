package org.dossier.restore;

import java.util.Arrays;

/**
 * The document's own spellings: how often each word (lower-cased) and each hyphenated compound
 * occurs away from a line end, where the printer's line breaking cannot have made or hidden a
 * hyphen. Built once per document; afterwards only the word list's answers are added beside its
 * words (see {@link #knownWord}). One restoration's own: not shared between threads.
 */
final class Lexicon {
    private static final byte LISTED = 1;
    private static final byte NOT_LISTED = 2;
    /** A long word's answer kept in {@link #longWords}. */
    private static final byte KNOWN = 1;
    private static final byte UNKNOWN = 2;
    private final WordTable counts;
    /** The raw text whose lines are counted, or null: its long words are kept by raw offset in {@link #longWords}. */
    private final char[] text;
    private final RawWords longWords;
    /** What {@link #scanWord} found of the last word: its fingerprint, and whether an ASCII hyphen joins it. */
    private long wordKey;
    private boolean wordCompound;

    private Lexicon(int expectedWords, char[] text) {
        counts = new WordTable(expectedWords);
        this.text = text;
        longWords = new RawWords(text == null ? 0 : text.length / 48);
    }

    Lexicon() {
        this(4096, null);
    }

    /**
     * A lexicon of lines of {@code text}, sized for it (a report's distinct words are far fewer
     * than its chars): the long words of lines read from {@code text} itself are kept by raw
     * offset, for {@link #knownWord(char[], int, int, int, WordList)}.
     */
    static Lexicon forText(char[] text) {
        return new Lexicon(Math.max(256, Math.min(4096, text.length / 16)), text);
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
            if (i == to) {
                break;
            }
            int start = i;
            i = scanWord(line, start, to);
            boolean last = i > lastLetter;
            boolean fragment = (first && startsWithFragment) || (last && endsWithFragment);
            first = false;
            if (!fragment && i - start > 2) { // one- and two-letter words are never asked about
                count(line, start, i, wordKey);
                if (wordCompound) {
                    addParts(line, start, i);
                }
            }
        }
    }

    /**
     * The end of the word opening with the letter at {@code line[start]} (letters, and hyphens
     * between letters), its fingerprint left in {@link #wordKey} and whether an ASCII hyphen
     * joins it in {@link #wordCompound}. An ASCII word, nearly every word, is fingerprinted on
     * the way, two chars a step: finding the end first and fingerprinting after read it twice.
     */
    private int scanWord(char[] line, int start, int to) {
        long h = WordKey.SEED;
        boolean compound = false;
        int i = start;
        while (true) {
            char a = line[i];
            int next = i + 1;
            boolean pair = continues(line, next, to);
            if (a >= 128 || pair && line[next] >= 128) {
                return scanWordSlowly(line, start, to);
            }
            if (!pair) {
                h = WordKey.single(h, a);
                i = next;
                break;
            }
            char b = line[next];
            h = WordKey.pair(h, a, b);
            compound |= a == '-' | b == '-';
            i = next + 1;
            if (!continues(line, i, to)) {
                break;
            }
        }
        wordKey = WordKey.mixed(h);
        wordCompound = compound;
        return i;
    }

    /** {@link #scanWord} for a word holding a char past ASCII: its end found first, then fingerprinted. */
    private int scanWordSlowly(char[] line, int start, int to) {
        int i = start;
        boolean compound = false;
        while (continues(line, i, to)) {
            compound |= line[i] == '-';
            i++;
        }
        wordKey = WordKey.of(line, start, i);
        wordCompound = compound;
        return i;
    }

    /** Whether a word goes on at {@code line[k]}: a letter, or a hyphen before a letter. */
    private static boolean continues(char[] line, int k, int to) {
        if (k >= to) {
            return false;
        }
        char c = line[k];
        return Chars.isLetter(c) || isHyphen(c) && k + 1 < to && Chars.isLetter(line[k + 1]);
    }

    /** Each part of a compound on its own ({@code non-aggression}: {@code non}, {@code aggression}). */
    private void addParts(char[] line, int start, int end) {
        int part = start;
        boolean compound = false;
        for (int k = start; k <= end; k++) {
            if (k == end ? compound : line[k] == '-') {
                compound = true;
                if (k > part) {
                    count(line, part, k, WordKey.of(line, part, k));
                }
                part = k + 1;
            }
        }
    }

    /** Counts the word at {@code line[start, end)}, and keeps a long word of the lexicon's text by its raw offset. */
    private void count(char[] line, int start, int end, long key) {
        counts.add(key, 1);
        if (line == text && end - start >= LONG_WORD) {
            longWords.add(start, end, key);
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
        return knownWord(WordKey.of(text, from, to), words);
    }

    /**
     * {@link #knownWord(char[], int, int, WordList)} of a word read from the lexicon's raw text
     * at {@code rawFrom} (-1: none): a long word counted there, with the same chars, is answered
     * from {@link #askAboutLongWords} (or at least not fingerprinted again). A word the flow
     * joined across a line end, or changed, is asked as any other.
     */
    boolean knownWord(char[] text, int from, int to, int rawFrom, WordList words) {
        int rawTo = rawFrom + (to - from);
        int word = rawFrom >= 0 && to - from >= LONG_WORD ? longWords.find(rawFrom, rawTo) : -1;
        if (word < 0 || !Arrays.equals(text, from, to, this.text, rawFrom, rawTo)) {
            return knownWord(WordKey.of(text, from, to), words);
        }
        byte known = longWords.note(word);
        return known == 0 ? knownWord(longWords.key(word), words) : known == KNOWN;
    }

    /**
     * Answers {@link #knownWord} for each long word of the lexicon's text, after its last line
     * is counted: the corrector asks of nearly every one. Asked word by word, each word the
     * document uses once waits for a cache miss in the word list; asked here together, the
     * misses overlap.
     */
    void askAboutLongWords(WordList words) {
        int n = longWords.size();
        long[] unlisted = new long[n];
        int[] unlistedWords = new int[n];
        int asked = 0;
        for (int w = 0; w < n; w++) {
            long key = longWords.key(w);
            int e = counts.entryOrNew(key); // counted already: no entry is made, none moves
            byte listed = counts.note(e);
            if (counts.countOf(e) > 1 || listed != 0) {
                longWords.note(w, counts.countOf(e) > 1 || listed == LISTED ? KNOWN : UNKNOWN);
            } else {
                unlisted[asked] = key;
                unlistedWords[asked++] = w;
            }
        }
        boolean[] answers = new boolean[asked];
        words.containsEach(unlisted, asked, answers);
        for (int k = 0; k < asked; k++) {
            counts.note(counts.entryOrNew(unlisted[k]), answers[k] ? LISTED : NOT_LISTED);
            longWords.note(unlistedWords[k], answers[k] ? KNOWN : UNKNOWN);
        }
    }

    private boolean knownWord(long key, WordList words) {
        // a word the document never used whole (split at line ends) gets an entry counting 0, so
        // that its answer too is kept: the corrector asks of it at each occurrence
        int e = counts.entryOrNew(key);
        return counts.countOf(e) > 1 || listed(e, key, words);
    }

    /**
     * Whether the word list has the word, its answer kept beside the document's entry for the
     * word (made counting 0 if the document holds none): the hyphenator and the corrector ask of
     * the same words, and the word list is a table of megabytes where each question is a cache miss.
     */
    boolean listed(String word, WordList words) {
        char[] s = word.toCharArray();
        long key = WordKey.of(s, 0, s.length);
        return listed(counts.entryOrNew(key), key, words);
    }

    private boolean listed(int entry, long key, WordList words) {
        byte listed = counts.note(entry);
        if (listed == 0) {
            listed = words.containsKey(key) ? LISTED : NOT_LISTED;
            counts.note(entry, listed);
        }
        return listed == LISTED;
    }

    /** The shortest word the corrector asks about by its raw offset. */
    private static final int LONG_WORD = 6;
}
