package org.dossier.restore;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * An English word list from a well-kept dictionary package (Debian's {@code wamerican}, see
 * {@code wamerican-words.COPYRIGHT} beside the resource), held lower-cased. Loaded once and
 * immutable, so it is shared safely by every restorer thread.
 */
final class WordList {
    private static final String RESOURCE = "wamerican-words.txt.gz";
    private final WordSet words;

    private WordList(Set<String> words) {
        this.words = new WordSet(words);
    }

    static WordList english() {
        return Holder.ENGLISH;
    }

    static WordList of(Set<String> words) {
        Set<String> lower = new HashSet<>();
        for (String w : words) {
            lower.add(w.toLowerCase(Locale.ROOT));
        }
        return new WordList(lower);
    }

    boolean contains(CharSequence word) {
        return containsKey(WordKey.of(word));
    }

    /** Whether the word at {@code [from, to)} of a text is listed, without copying it. */
    boolean contains(char[] text, int from, int to) {
        return words.contains(text, from, to);
    }

    /** Whether the word with {@link WordKey} fingerprint {@code key} is listed: for a caller that has the fingerprint already. */
    boolean containsKey(long key) {
        return words.containsKey(key);
    }

    /** {@link #containsKey} of each of {@code keys[0, n)}, into {@code answers}: the questions' cache misses overlap. */
    void containsEach(long[] keys, int n, boolean[] answers) {
        words.containsEach(keys, n, answers);
    }

    private static final class Holder {
        static final WordList ENGLISH = load();

        private static WordList load() {
            InputStream in = WordList.class.getResourceAsStream(RESOURCE);
            if (in == null) {
                throw new IllegalStateException("word list resource missing: " + RESOURCE);
            }
            Set<String> set = new HashSet<>(150_000);
            try (BufferedReader r = new BufferedReader(
                    new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    if (!line.isBlank()) {
                        set.add(line.strip().toLowerCase(Locale.ROOT));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read word list " + RESOURCE, e);
            }
            return new WordList(set);
        }
    }
}
