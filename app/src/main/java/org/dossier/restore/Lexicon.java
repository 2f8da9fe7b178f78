package org.dossier.restore;

/**
 * The document's own spellings: how often each word (lower-cased) and each hyphenated compound
 * occurs away from a line end, where the printer's line breaking cannot have made or hidden a
 * hyphen. Built once per document; read-only afterwards.
 */
final class Lexicon {
    private final WordTable counts = new WordTable(4096);

    void addLine(String line, boolean startsWithFragment, boolean endsWithFragment) {
        addLine(line, 0, line.length(), startsWithFragment, endsWithFragment);
    }

    /** Counts the words of {@code text[from, to)}, one trimmed line, without copying it. */
    void addLine(CharSequence line, int from, int to, boolean startsWithFragment, boolean endsWithFragment) {
        int n = to;
        int lastLetter = n - 1;
        while (lastLetter >= from && !Character.isLetter(line.charAt(lastLetter))) {
            lastLetter--;
        }
        int i = from;
        boolean first = true;
        while (i < n) {
            while (i < n && !Character.isLetter(line.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && (Character.isLetter(line.charAt(i))
                    || (isHyphen(line.charAt(i)) && i + 1 < n && Character.isLetter(line.charAt(i + 1))))) {
                i++;
            }
            if (start == i) {
                break;
            }
            boolean last = i > lastLetter;
            boolean fragment = (first && startsWithFragment) || (last && endsWithFragment);
            first = false;
            if (!fragment && i - start > 2) { // one- and two-letter words are never asked about
                addWord(line, start, i);
            }
        }
    }

    /** A word, and each part of a compound on its own ({@code non-aggression}: also {@code non}, {@code aggression}). */
    private void addWord(CharSequence line, int start, int end) {
        counts.add(line, start, end, 1);
        int part = start;
        boolean compound = false;
        for (int k = start; k <= end; k++) {
            if (k == end ? compound : line.charAt(k) == '-') {
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

    int count(CharSequence text, int from, int to) {
        return counts.count(text, from, to);
    }

    int size() {
        return counts.size();
    }
}
