package org.dossier.restore;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The earlier citation a note refers back to: {@code Ibid.} to the last full one, {@code cited} to the one whose title it repeats. */
final class EarlierCitations {
    private EarlierCitations() {}

    /** The last citation before that is not itself an {@code Ibid.}; null if none. */
    static Citation lastFull(List<Citation> earlier) {
        for (int i = earlier.size() - 1; i >= 0; i--) {
            if (!CitationParser.isIbid(earlier.get(i).raw())) {
                return earlier.get(i);
            }
        }
        return null;
    }

    /**
     * The earlier citation whose title a {@code cited} repeats, preferring the same author; null if
     * none. {@code normalRaws} keeps each earlier citation's text as compared (lower case, letters
     * and digits), made once per parse: a report's every {@code cited} reads all the citations before it.
     */
    static String cited(String title, String author, List<Citation> earlier, Map<Citation, String> normalRaws) {
        String key = normal(title);
        String surname = author == null ? "" : normal(author.substring(author.lastIndexOf(' ') + 1));
        String byTitle = null;
        for (int i = earlier.size() - 1; i >= 0 && !key.isEmpty(); i--) {
            Citation c = earlier.get(i);
            if (c.refersTo() == null && normalRaws.computeIfAbsent(c, e -> normal(e.raw())).contains(key)) {
                if (byTitle == null) {
                    byTitle = c.id();
                }
                String other = c.author() == null ? "" : normal(c.author().substring(c.author().lastIndexOf(' ') + 1));
                if (!surname.isEmpty() && nearlyEqual(surname, other)) {
                    return c.id(); // same title by the same author (spelt within one OCR slip)
                }
            }
        }
        if (byTitle != null) {
            return byTitle;
        }
        for (int i = earlier.size() - 1; i >= 0 && surname.length() > 2; i--) {
            Citation c = earlier.get(i);
            if (c.author() != null && normal(c.author()).endsWith(surname)) {
                return c.id();
            }
        }
        return null;
    }

    private static boolean nearlyEqual(String a, String b) {
        if (a.length() != b.length()) {
            return a.equals(b);
        }
        int diff = 0;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                diff++;
            }
        }
        return diff <= 1;
    }

    private static String normal(String s) {
        return s == null ? "" : CitationParser.lettersAndDigits(s.toLowerCase(Locale.ROOT));
    }
}
