package org.dossier.restore;

import java.util.regex.Pattern;

/**
 * The shapes of the small print a periodical repeats on every issue, read from their form rather
 * than their wording: a subscription price ("Five Dollars a Year", "$2 a year", "25c a copy"), the
 * postal entry notice ("Entered as 2nd class matter", "at the Post Office at …, under the Act of
 * March 3, 1879"), a library's receipt stamp (a library, reading room or university named on a
 * short line, a city with its state abbreviation, a date stamp "FEB 2 1943"). A short block made
 * of such lines is page furniture, not body.
 */
final class ImprintShape {
    private static final String NUMBER_WORD =
        "(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|fifty)";
    private static final Pattern PRICE = Pattern.compile(
        "(?i)(?:\\$\\s?\\d+(?:\\.\\d\\d)?|\\b\\d+\\s?(?:c|cents?)\\b|\\b" + NUMBER_WORD + "\\s+(?:dollars?|cents))"
            + "\\s*(?:a|per|the)\\s*(?:year|copy|annum|month|issue)\\b"
            + "|(?i)\\bsubscriptions?\\W{0,3}\\$\\s?\\d+"); // "Subscription $5; to F.P.A. members, $3."
    private static final Pattern POSTAL = Pattern.compile(
        "(?i)\\bentered\\s+as\\s+(?:2nd|second)\\W?\\s*cla\\w*|\\bat\\s+the\\s+post\\s+office\\s+at\\b"
            + "|\\bunder\\s+the\\s+act\\s+of\\s+(?:congress\\s+of\\s+)?\\w+\\.?\\s+\\d{1,2},\\s+1[89]\\d\\d");
    /** The printer's union label every issue carries beside the imprint. */
    private static final Pattern UNION_LABEL = Pattern.compile(
        "(?i)\\bunder\\s+union\\s+condit|\\bprinted\\s+by\\s+union\\s+labou?r\\b");
    private static final Pattern STAMP_INSTITUTION = Pattern.compile(
        "(?i)\\b(?:librar\\w*|li\\s?br\\s?ary|periodical\\s+room|reading\\s+room|univ\\w*\\.?\\s+of)\\b");
    private static final Pattern DATE_STAMP = Pattern.compile(
        "^[A-Z][A-Za-z]{2}\\.?\\s+\\d{1,2},?\\s+1[89]\\d\\d$");
    /** "Ann Arbor, Mich." or, spelled out, "Ann Arbor, Michigan" (a stop for the comma often). */
    private static final Pattern CITY_STATE = Pattern.compile(
        "^[A-Z][a-z]+(?:\\s+[A-Z][a-z]+)?(?:,\\s*|\\.\\s+)[A-Z][a-z]{2,12}\\.?$");

    /** Words a price, the union label and the postal notice cannot be read without: their patterns wait for one. */
    private static final FoldedWords PRICE_WORDS =
        FoldedWords.of("year", "copy", "annum", "month", "issue", "subscription");
    private static final FoldedWords UNION = FoldedWords.of("union");
    private static final FoldedWords POSTAL_WORDS = FoldedWords.of("entered", "office");
    private static final FoldedWords UNDER = FoldedWords.of("under");
    private static final FoldedWords ACT = FoldedWords.of("act");

    private ImprintShape() {}

    /** Whether a line carries a printed price or the postal entry notice. */
    static boolean isNotice(String t) {
        return PRICE_WORDS.in(t) && PRICE.matcher(t).find()
            || isPostal(t)
            || isUnionLabel(t);
    }

    private static boolean isUnionLabel(String t) {
        return UNION.in(t) && UNION_LABEL.matcher(t).find();
    }

    /** Whether a text carries the postal entry notice (a body text has no reason to). */
    static boolean isPostal(String t) {
        // the pattern is tried only on text holding a word it cannot match without: most blocks hold none
        return (POSTAL_WORDS.in(t) || UNDER.in(t) && ACT.in(t))
            && POSTAL.matcher(t).find();
    }

    /** Whether a short line has the shape of a library's receipt stamp. */
    static boolean isStamp(String t, int width) {
        if (isStampDate(t)) {
            return true;
        }
        return isAddressLine(t, width) && (STAMP_INSTITUTION.matcher(t).find() || CITY_STATE.matcher(t).matches());
    }

    /**
     * A line the OCR glued to the edge of a body block from a stamp or the postal notice beside
     * it ("Ann Arbor, Michigan", "University of Michigan", "Entered as 2nd class matter"): short,
     * closing no sentence, a stamp's or notice's shape. Never a line of running text.
     */
    static boolean isEdgeFurniture(String t, int width) {
        if (isUnionLabel(t)) {
            return t.length() <= width * 2;
        }
        if (t.length() * 10 > width * 6 && !isPostal(t) || !isStampDate(t) && t.chars().anyMatch(Character::isDigit)) {
            return false; // "Library, 1945. $2.00" closes a book's entry
        }
        return isStamp(t, width) || isPostal(t) && t.length() * 10 <= width * 9;
    }

    /** A short line of a few capitalised words, as a name or address on a stamp is set. */
    static boolean isAddressLine(String t, int width) {
        return t.length() * 10 <= width * 9 && words(t) <= 6 && capitalised(t) && !endsSentenceWord(t) || isStampDate(t);
    }

    /** A sentence's full stop, not an abbreviation's ("Ann Arbor, Mich." may be a stamp; "as they said." is not). */
    private static boolean endsSentenceWord(String t) {
        if (!Flow.endsSentence(t)) {
            return false;
        }
        String[] w = t.trim().split("\\s+");
        String last = w[w.length - 1].replaceAll("[^\\p{L}]", "");
        return !t.endsWith(".") || last.length() > 4;
    }

    private static boolean isStampDate(String t) {
        return DATE_STAMP.matcher(t).matches();
    }

    /** The number of words between spaces (what {@code trim().split("\\s+")} would count, without a regex). */
    private static int words(String t) {
        if (t.isBlank()) {
            return 0;
        }
        String s = t.trim();
        int n = s.isEmpty() ? 1 : 0;
        boolean inWord = false;
        for (int i = 0; i < s.length(); i++) {
            boolean space = isRegexSpace(s.charAt(i));
            n += !space && !inWord ? 1 : 0;
            inWord = !space;
        }
        return n;
    }

    /** Every word of three letters or more opens with a capital, as a stamp or address is set. */
    private static boolean capitalised(String t) {
        int i = 0;
        int n = t.length();
        while (i < n) {
            while (i < n && isRegexSpace(t.charAt(i))) {
                i++;
            }
            int letters = 0;
            char first = 0;
            while (i < n && !isRegexSpace(t.charAt(i))) {
                int cp = t.codePointAt(i);
                if (Character.isLetter(cp)) {
                    first = letters == 0 ? t.charAt(i) : first;
                    letters += Character.charCount(cp);
                }
                i += Character.charCount(cp);
            }
            if (letters >= 3 && !Character.isUpperCase(first)) {
                return false;
            }
        }
        return true;
    }

    /** The characters of the regex class {@code \\s}. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
