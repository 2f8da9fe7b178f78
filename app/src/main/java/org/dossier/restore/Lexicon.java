package org.dossier.restore;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The document's own spellings: how often each word (lower-cased) and each hyphenated compound
 * occurs away from a line end, where the printer's line breaking cannot have made or hidden a
 * hyphen. Built once per document; read-only afterwards.
 */
final class Lexicon {
    private final Map<String, Integer> counts = new HashMap<>();

    void addLine(String line, boolean startsWithFragment, boolean endsWithFragment) {
        int n = line.length();
        int lastLetter = n - 1;
        while (lastLetter >= 0 && !Character.isLetter(line.charAt(lastLetter))) {
            lastLetter--;
        }
        int i = 0;
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
                String word = line.substring(start, i).toLowerCase(Locale.ROOT);
                counts.merge(word, 1, Integer::sum);
                if (word.indexOf('-') > 0) {
                    for (String part : word.split("-")) {
                        if (!part.isEmpty()) {
                            counts.merge(part, 1, Integer::sum);
                        }
                    }
                }
            }
        }
    }

    static boolean isHyphen(char c) {
        return c == '-' || c == '\u00AD' || c == '\u2010';
    }

    int count(String word) {
        return counts.getOrDefault(word.toLowerCase(Locale.ROOT), 0);
    }

    int size() {
        return counts.size();
    }
}
