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
    /** A long word's answer kept in {@link #longWordAnswers}. */
    private static final byte KNOWN = 1;
    private static final byte UNKNOWN = 2;
    private final WordTable counts;
    /** The raw text whose lines are counted, or null: its long words are kept by raw offset in {@link #longWords}. */
    private final char[] text;
    private final RawWords longWords;
    /**
     * The distinct long words of {@link #longWords}, numbered from 1 in order of first use (the
     * number kept as the word's {@link WordTable#tag}): each one's fingerprint, and its answer
     * to {@link #knownWord} once {@link #askAboutLongWords} has asked (0 until then).
     */
    private long[] longWordKeys = new long[64];
    /** Each numbered word's count, as the table keeps it: {@link #askAboutLongWords} reads it here, in order, not in the table. */
    private int[] longWordCounts = new int[64];
    private byte[] longWordAnswers = new byte[0];
    private int longWordCount;
    /** The fingerprints of the words {@link #expectJoined} noted, and a buffer to join each in. */
    private long[] joinedKeys = new long[16];
    private int joinedCount;
    private char[] joinedBuffer = new char[64];
    /** What {@link #scanWord} found of the last word: its fingerprint, and whether an ASCII hyphen joins it. */
    private long wordKey;
    private boolean wordCompound;

    private Lexicon(int expectedWords, char[] text) {
        counts = new WordTable(expectedWords);
        this.text = text;
        longWords = new RawWords(text == null ? 0 : text.length / 16);
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
     * the way, two chars a step, each char tested by one table read: finding the end first and
     * fingerprinting after read it twice.
     */
    private int scanWord(char[] line, int start, int to) {
        wordCompound = false;
        long h = WordKey.SEED;
        int i = start;
        int a = ASCII_WORD[line[start]];
        if (a == 0) {
            return scanWordSlowly(line, start, to); // a letter past ASCII
        }
        while (a > 0) {
            int b = i + 1 < to ? wordCode(line, i + 1, to) : 0;
            if (b <= 0) {
                h = WordKey.single(h, (char) a);
                i++;
                a = b;
                break;
            }
            h = WordKey.pair(h, (char) a, (char) b);
            i += 2;
            a = i < to ? wordCode(line, i, to) : 0;
        }
        if (a < 0) {
            return scanWordSlowly(line, start, to);
        }
        wordKey = WordKey.mixed(h);
        return i;
    }

    /**
     * The lower-cased ASCII letter at {@code line[k]}, or {@code '-'} for an ASCII hyphen before
     * a letter; 0 where the word ends; -1 for a char past ASCII that may go on with it.
     */
    private int wordCode(char[] line, int k, int to) {
        int w = ASCII_WORD[line[k]];
        if (w > 0) {
            return w;
        }
        char c = line[k];
        if (c == '-' && k + 1 < to && Chars.isLetter(line[k + 1])) {
            wordCompound = true;
            return '-';
        }
        return c >= 128 && (Chars.isLetter(c) || isHyphen(c)) ? -1 : 0;
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
        int entry = counts.add(key, 1);
        int length = end - start;
        if (length >= LONG_WORD && length <= RawWords.MAX_LENGTH) {
            int number = counts.tag(entry);
            if (number != 0) {
                longWordCounts[number]++;
            } else if (line == text && longWordCount < MAX_LONG_WORDS) {
                number = numberLongWord(key, counts.countOf(entry));
                counts.tag(entry, number);
            }
            if (number != 0 && line == text) { // past the last number a tag holds, a word is asked as any other
                longWords.add(start, end, number);
            }
        }
    }

    private int numberLongWord(long key, int count) {
        if (++longWordCount == longWordKeys.length) {
            longWordKeys = Arrays.copyOf(longWordKeys, longWordKeys.length * 2);
            longWordCounts = Arrays.copyOf(longWordCounts, longWordKeys.length);
        }
        longWordKeys[longWordCount] = key;
        longWordCounts[longWordCount] = count;
        return longWordCount;
    }

    static boolean isHyphen(char c) {
        return c == '-' || c == '\u00AD' || c == '\u2010';
    }

    int count(CharSequence word) {
        return counts.count(word);
    }

    /** The count of the word with {@link WordKey} fingerprint {@code key}; 0 when the document holds none. */
    int countOfKey(long key) {
        return counts.countOfKey(key);
    }

    /**
     * Whether the document uses the word at {@code text[from, to)} more than once, or else the
     * word list has it: the corrector's test of a known word, asked of nearly every long word.
     * The word list's answer is kept beside the document's word, so each distinct word is looked
     * up in the large word list once. The word was read from the lexicon's raw text at {@code
     * rawFrom} (-1: none): a long word counted there, with the same chars, is answered from
     * {@link #askAboutLongWords} (or at least not fingerprinted again). A word the flow joined
     * across a line end, or changed, is asked as any other.
     */
    boolean knownWord(char[] text, int from, int to, int rawFrom, WordList words) {
        int rawTo = rawFrom + (to - from);
        int word = rawFrom >= 0 && to - from >= LONG_WORD ? longWords.find(rawFrom, rawTo) : -1;
        if (word < 0 || !Arrays.equals(text, from, to, this.text, rawFrom, rawTo)) {
            return knownWord(WordKey.of(text, from, to), words);
        }
        int number = longWords.value(word);
        byte known = number < longWordAnswers.length ? longWordAnswers[number] : 0;
        return known == 0 ? knownWord(longWordKeys[number], words) : known == KNOWN;
    }

    /**
     * Answers {@link #knownWord} for each distinct long word of the lexicon's text, after its
     * last line is counted: the corrector asks of nearly every one, at each use. Asked word by
     * word, each word the document uses once waits for a cache miss in the word list; asked
     * here together, the misses overlap.
     */
    void askAboutLongWords(WordList words) {
        int n = longWordCount;
        byte[] answers = new byte[n + 1];
        long[] unlisted = new long[n];
        int[] unlistedNumbers = new int[n];
        int asked = 0;
        for (int number = 1; number <= n; number++) {
            if (longWordCounts[number] > 1) {
                answers[number] = KNOWN; // used twice: known whatever the word list says
                continue;
            }
            long key = longWordKeys[number];
            byte listed = counts.note(counts.entryOrNew(key)); // counted already: no entry is made, none moves
            if (listed != 0) {
                answers[number] = listed == LISTED ? KNOWN : UNKNOWN;
            } else {
                unlisted[asked] = key;
                unlistedNumbers[asked++] = number;
            }
        }
        boolean[] found = new boolean[asked];
        words.containsEach(unlisted, asked, found);
        for (int k = 0; k < asked; k++) {
            counts.note(counts.entryOrNew(unlisted[k]), found[k] ? LISTED : NOT_LISTED);
            answers[unlistedNumbers[k]] = found[k] ? KNOWN : UNKNOWN;
        }
        longWordAnswers = answers;
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
        long key = WordKey.of(word);
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

    /** Per char, its lower case if an ASCII letter, else 0: {@link #scanWord}'s one test per char. */
    private static final byte[] ASCII_WORD = new byte[1 << 16];

    static {
        for (char c = 'a'; c <= 'z'; c++) {
            ASCII_WORD[c] = (byte) c;
            ASCII_WORD[Character.toUpperCase(c)] = (byte) c;
        }
    }

    /**
     * Notes that the hyphenator will likely ask whether the word list has the letters before the
     * break mark at {@code text[breakAt]} joined to the letters opening {@code text[nextStart, nextEnd)}
     * (the next line): {@link #askAboutJoinedWords} asks about all such words at once. A guess
     * that misses what the hyphenator asks costs a question, never an answer.
     */
    void expectJoined(int breakAt, int nextStart, int nextEnd) {
        if (text == null) {
            throw new IllegalStateException("only a lexicon made for a text expects joined words of it");
        }
        int left = breakAt;
        while (left > 0 && Character.isLetter(text[left - 1])) {
            left--;
        }
        int right = nextStart;
        while (right < nextEnd && Character.isLetter(text[right])) {
            right++;
        }
        int length = (breakAt - left) + (right - nextStart);
        if (left == breakAt || right == nextStart) {
            return; // the hyphenator asks nothing of a break without letters on both sides
        }
        if (joinedBuffer.length < length) {
            joinedBuffer = new char[2 * length];
        }
        System.arraycopy(text, left, joinedBuffer, 0, breakAt - left);
        System.arraycopy(text, nextStart, joinedBuffer, breakAt - left, right - nextStart);
        if (joinedCount == joinedKeys.length) {
            joinedKeys = Arrays.copyOf(joinedKeys, joinedKeys.length * 2);
        }
        joinedKeys[joinedCount++] = WordKey.of(joinedBuffer, 0, length);
    }

    /**
     * Asks the word list about the words {@link #expectJoined} noted, all at once, after the last
     * line is counted, and keeps each answer as {@link #listed} would: asked one by one as the
     * flow meets each break, each waits for its own cache miss.
     */
    void askAboutJoinedWords(WordList words) {
        boolean[] found = new boolean[joinedCount];
        words.containsEach(joinedKeys, joinedCount, found);
        for (int k = 0; k < joinedCount; k++) {
            counts.note(counts.entryOrNew(joinedKeys[k]), found[k] ? LISTED : NOT_LISTED);
        }
        joinedCount = 0;
    }

    /** The most distinct long words numbered: as many as a {@link WordTable#tag} holds. */
    private static final int MAX_LONG_WORDS = RawWords.MAX_VALUE;

    /** The shortest word the corrector asks about by its raw offset. */
    private static final int LONG_WORD = 6;
}
