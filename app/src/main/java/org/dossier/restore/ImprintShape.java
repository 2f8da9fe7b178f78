package org.dossier.restore;

import java.util.regex.Matcher;
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
    static final Pattern PRICE = Pattern.compile(
        "(?i)(?:\\$\\s?\\d+(?:\\.\\d\\d)?|\\b\\d+\\s?(?:c|cents?)\\b|\\b" + NUMBER_WORD + "\\s+(?:d\\S{0,2}llars?|cents))"
            + "\\s*(?:a|per|the)\\s*(?:year|copy|annum|month|issue)\\b"
            + "|(?i)^\\W{0,3}dollars\\s+(?:a|per)\\s+(?:year|annum)\\b" // its number left on the line before
            + "|(?i)\\bsubscriptions?\\W{0,3}\\$\\s?\\d+"); // "Subscription $5; to F.P.A. members, $3."
    private static final Pattern POSTAL = Pattern.compile(
        "(?i)\\bentered\\s+as\\s+(?:2nd|second)\\W?\\s*cla\\w*|\\bat\\s+the\\s+post\\s+office\\s+at\\b"
            + "|\\bunder\\s+the\\s+act\\s+of\\s+(?:congress\\s+of\\s+)?\\w+\\.?\\s+\\d{1,2},\\s+1[89]\\d\\d");
    /**
     * The subscription box's request, "Please allow at least one month for change of address on
     * membership publications", whole or broken where its line ends.
     */
    private static final Pattern CHANGE_OF_ADDRESS = Pattern.compile(
        "(?i)\\bchange\\s+of\\s+address\\s+on\\b|\\bplease\\s+allow\\s+at\\s+least\\s*$");
    /** The printer's union label every issue carries beside the imprint. */
    private static final Pattern UNION_LABEL = Pattern.compile(
        "(?i)\\bunder\\s+union\\s+condit|\\bprinted\\s+by\\s+union\\s+labou?r\\b");
    /** A stamp's institution, through OCR damage of a letter or two: "PERIQDICAL ROOM", "UINTV, OF". */
    private static final Pattern STAMP_INSTITUTION = Pattern.compile(
        "(?i)\\b(?:librar\\w*|li\\s?br\\s?ary|peri\\S{0,2}dical\\s+roo\\w|reading\\s+room"
            + "|u\\w?n\\w?v\\w*[.,]?\\s+of)\\b");
    private static final Pattern DATE_STAMP = Pattern.compile(
        "^[A-Z][A-Za-z]{2}\\.?\\s+\\d{1,2},?\\s+1[89]\\d\\d$"
            // a receiving stamp's month in capitals, its year maybe lost or joined: "FEB 16", "JUN 28-1939", "/ DEC 28 1942"
            + "|^[^\\p{L}\\d]{0,3}(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)\\.?\\s+\\d{1,2}(?:\\s*[-,.]?\\s*1[89]\\d\\d)?$");
    /**
     * A line's share of the postal entry notice when the OCR broke it across lines or ran a stamp
     * into it: "class matter December", "2, 1921, at the Post", "Office at New York,", "of March 3, 1879.";
     * and the subscription box's request beside it ("… one month for change of address on membership publications").
     */
    private static final Pattern POSTAL_PART = Pattern.compile(
        "(?i)\\bclass\\W{0,2}matter\\b|\\bat\\s+the\\s+post\\b|\\bpost\\s+office\\b|\\boffice\\s+at\\b"
            + "|\\bunder\\s+the\\s+act\\b|\\bentered\\s+as\\s+(?:2nd|second)|\\bchange\\s+of\\s+address\\b|^of\\s+[A-Z][a-z]+\\.?\\s+\\d{1,2},\\s*1[89]\\d\\d\\W*$");
    /** Four words in lower case running on: a line of prose, never a stamp or a notice's fragment. */
    private static final int PROSE_RUN = 4;
    /** "Ann Arbor, Mich." or, spelled out, "Ann Arbor, Michigan" (a stop for the comma often). */
    private static final Pattern CITY_STATE = Pattern.compile(
        "^[A-Z][a-z]+(?:\\s+[A-Z][a-z]+)?(?:,\\s*|\\.\\s+)[A-Z][a-z]{2,12}\\.?$");

    /**
     * Words a price, the change-of-address request, the postal notice and the union label cannot
     * be read without, found in one scan of a line: each pattern waits for one of its own.
     */
    private static final FoldedWords NOTICE_WORDS = FoldedWords.of(
        "year", "copy", "annum", "month", "issue", "subscription", "address", "allow", "entered", "office",
        "under", "act", "union", "cla", "post", "llar", "cents", "labo", "matter", "change",
        "li", "peri", "reading", "of");
    private static final int PRICE_WORDS = 0b111111;
    private static final int SUBSCRIPTION = 1 << 5;
    private static final int ADDRESS_WORDS = 0b11 << 6;
    private static final int ENTERED = 1 << 8;
    private static final int OFFICE = 1 << 9;
    private static final int UNDER = 1 << 10;
    private static final int ACT = 1 << 11;
    private static final int UNION = 1 << 12;
    private static final int CLA = 1 << 13;
    private static final int POST = 1 << 14;
    /** "dollars" or a letter's damage in it ("dQllars"), and "cents": a price named without "$" or a digit. */
    private static final int MONEY_WORDS = 0b11 << 15;
    private static final int LABO = 1 << 17;
    private static final int MATTER = 1 << 18;
    private static final int CHANGE = 1 << 19;
    /** "li" (library), "peri" (periodical room), "reading" (room): what each of the institution's forms but one holds. */
    private static final int INSTITUTION_NAMES = 0b111 << 20;
    /** "of", which the last form (university of) holds with a "v". */
    private static final int OF = 1 << 23;
    /** The words the notice's broken parts cannot be read without ({@link #POSTAL_PART}). */
    private static final int PART_WORDS = MATTER | POST | OFFICE | UNDER | ENTERED | CHANGE;
    private ImprintShape() {}

    /**
     * The notice words {@code t[from, to)} holds, as bits: what the other methods read, given with
     * the line ({@code words}) so that a line asked several times is scanned once.
     */
    static int noticeWords(char[] t, int from, int to) {
        return NOTICE_WORDS.which(t, from, to);
    }

    /**
     * One line as the tests here read it: its text (without surrounding white space) and its
     * {@link #noticeWords}, with the answers of the tests that may take a pattern, each found
     * once. A short block's lines are asked by several tests, and the tests ask some of the same
     * of them (a stamp's date, an institution, the postal notice): a report asks of its lines
     * once, where it asked each line a test's pattern two or three times.
     */
    static final class Line {
        private static final byte YES = 1;
        private static final byte NO = 2;
        private final String text;
        private final int words;
        private byte notice;
        private byte postal;
        private byte stampDate;
        private byte cityState;
        private byte runsOn;
        /** Where {@link #STAMP_INSTITUTION} first matches; {@link #NOT_ASKED} until asked, -1 for nowhere. */
        private int institutionAt = NOT_ASKED;
        private static final int NOT_ASKED = -2;

        Line(String text, int words) {
            this.text = text;
            this.words = words;
        }

        static Line of(String text) {
            return new Line(text, NOTICE_WORDS.which(text));
        }

        String text() {
            return text;
        }

        private static byte answer(boolean yes) {
            return yes ? YES : NO;
        }

        private boolean notice() {
            if (notice == 0) {
                notice = answer((words & PRICE_WORDS) != 0 && mayBePrice(text, words) && PRICE.matcher(text).find()
                    || (words & ADDRESS_WORDS) != 0 && CHANGE_OF_ADDRESS.matcher(text).find()
                    || postal()
                    || isUnionLabel(text, words));
            }
            return notice == YES;
        }

        private boolean postal() {
            if (postal == 0) {
                postal = answer(isPostal(text, words));
            }
            return postal == YES;
        }

        private boolean stampDate() {
            if (stampDate == 0) {
                stampDate = answer(isStampDate(text));
            }
            return stampDate == YES;
        }

        private boolean cityState() {
            if (cityState == 0) {
                cityState = answer(isCityState(text));
            }
            return cityState == YES;
        }

        private boolean runsOnInLowerCase() {
            if (runsOn == 0) {
                runsOn = answer(ImprintShape.runsOnInLowerCase(text));
            }
            return runsOn == YES;
        }

        /** Where the stamp's institution pattern first matches, tried only where the words it needs stand; -1 if nowhere. */
        private int institutionAt() {
            if (institutionAt == NOT_ASKED) {
                Matcher m = mayNameInstitution(text, words) ? STAMP_INSTITUTION.matcher(text) : null;
                institutionAt = m != null && m.find() ? m.start() : -1;
            }
            return institutionAt;
        }
    }

    /** Whether a line carries a printed price or the postal entry notice. */
    static boolean isNotice(String t) {
        return isNotice(Line.of(t));
    }

    /** {@link #isNotice(String)} of a line. */
    static boolean isNotice(Line line) {
        return line.notice();
    }

    /**
     * A price names its sum by "$", a digit, "dollars" or "cents", and then its period after "a",
     * "per" or "the" ("$5 a year"), or it opens the line on "dollars" (its number left on the line
     * before), or follows "subscription" with "$": the pattern is not tried without one of them.
     */
    private static boolean mayBePrice(String t, int words) {
        boolean dollar = t.indexOf('$') >= 0;
        return ((words & MONEY_WORDS) != 0 || dollar || hasAsciiDigit(t))
            && (namesPeriodAfterArticle(t) || opensOnDollars(t) || (words & SUBSCRIPTION) != 0 && dollar);
    }

    /** The periods a price is given for, each after "a", "per" or "the" ({@link #PRICE}). */
    private static final String[] PERIODS = {"year", "copy", "annum", "month", "issue"};

    /**
     * Whether a period of {@link #PERIODS} follows "a", "per" or "the", and that a char a sum ends
     * with ({@link #endsSum}), white space allowed between them as {@link #PRICE} allows it:
     * "in the year 1931" names a period after an article, but no price.
     */
    private static boolean namesPeriodAfterArticle(String t) {
        for (int i = 1; i < t.length(); i++) {
            if (!opensPeriod(t, i)) {
                continue;
            }
            int article = articleBefore(t, lastBeforeSpaces(t, i - 1));
            if (article > 0 && endsSum(t.charAt(lastBeforeSpaces(t, article - 1)))) {
                return true;
            }
        }
        return false;
    }

    /** The last index at or before {@code at} that is no white space (0 at the least). */
    private static int lastBeforeSpaces(String t, int at) {
        int before = at;
        while (before > 0 && Chars.isRegexSpace(t.charAt(before))) {
            before--;
        }
        return before;
    }

    /** Where the article "a", "per" or "the" ending at {@code last} begins, in either case; -1 if none ends there. */
    private static int articleBefore(String t, int last) {
        int c = t.charAt(last) | 0x20;
        if (c == 'a') {
            return last;
        }
        boolean three = (c == 'r' || c == 'e') && last >= 2 && FoldedWords.foldedAt(t, last - 2, c == 'r' ? "per" : "the");
        return three ? last - 2 : -1;
    }

    /** The chars {@link #PRICE}'s sums end with: a digit ("$5"), or the last letter of "c", "cent", "cents", "dollar" or "dollars". */
    private static boolean endsSum(char c) {
        int folded = c | 0x20;
        return c >= '0' && c <= '9' || folded == 'c' || folded == 't' || folded == 's' || folded == 'r';
    }

    /** Whether a period of {@link #PERIODS} begins at {@code at}: most chars open none of them, and are let go at once. */
    private static boolean opensPeriod(String t, int at) {
        int c = t.charAt(at) | 0x20;
        if (c != 'y' && c != 'c' && c != 'a' && c != 'm' && c != 'i') {
            return false;
        }
        for (String period : PERIODS) {
            if (FoldedWords.foldedAt(t, at, period)) {
                return true;
            }
        }
        return false;
    }

    /** "Dollars a Year" with its number on the line before: "dollars" within the first four chars. */
    private static boolean opensOnDollars(String t) {
        for (int at = 0; at <= 3; at++) {
            if (FoldedWords.foldedAt(t, at, "dollars")) {
                return true;
            }
        }
        return false;
    }

    /** "under union conditions" or "printed by union labor": "union" alone is mostly a country's. */
    private static boolean isUnionLabel(String t, int words) {
        return (words & UNION) != 0 && (words & (UNDER | LABO)) != 0 && UNION_LABEL.matcher(t).find();
    }

    /** Whether a text carries the postal entry notice (a body text has no reason to). */
    static boolean isPostal(String t) {
        return isPostal(t, NOTICE_WORDS.which(t));
    }

    /** {@link #isPostal(String)} of a line. */
    static boolean isPostal(Line line) {
        return line.postal();
    }

    /**
     * The pattern is tried only on text holding the words one of its forms cannot match without
     * ("entered" … "class", "post office", "under the act" with its date's digits): most lines
     * that hold "office" or "under" are prose.
     */
    private static boolean isPostal(String t, int words) {
        return ((words & (ENTERED | CLA)) == (ENTERED | CLA) || (words & (POST | OFFICE)) == (POST | OFFICE)
                || (words & (UNDER | ACT)) == (UNDER | ACT) && hasAsciiDigit(t))
            && POSTAL.matcher(t).find();
    }

    /** Whether a short line has the shape of a library's receipt stamp. */
    static boolean isStamp(String t, int width) {
        Line line = Line.of(t);
        return isStamp(line, isAddressLine(line, width));
    }

    /** {@link #isStamp(String, int)} of a line whose {@link #isAddressLine} the caller has asked already. */
    static boolean isStamp(Line line, boolean addressLine) {
        if (line.stampDate()) {
            return true;
        }
        return addressLine && (line.institutionAt() >= 0 || line.cityState());
    }

    /**
     * A line the OCR glued to the edge of a body block from a stamp or the postal notice beside
     * it ("Ann Arbor, Michigan", "University of Michigan", "Entered as 2nd class matter"): short,
     * closing no sentence, a stamp's or notice's shape. Never a line of running text.
     */
    static boolean isEdgeFurniture(String t, int width) {
        return isEdgeFurniture(Line.of(t), width);
    }

    /** {@link #isEdgeFurniture(String, int)} of a line. */
    static boolean isEdgeFurniture(Line line, int width) {
        String t = line.text;
        if (isUnionLabel(t, line.words)) {
            return t.length() <= width * 2;
        }
        boolean postal = line.postal();
        boolean addressLength = t.length() * 10 <= width * 9;
        // "UNIV. OF MICH. General Li br ary" runs longer than other stamp lines
        boolean institution = !postal && addressLength && namesInstitution(line);
        if (t.length() * 10 > width * 6 && !postal && !institution
                || !line.stampDate() && !postal && hasDigit(t)) {
            return false; // "Library, 1945. $2.00" closes a book's entry
        }
        return isStamp(line, isAddressLine(line, width)) || postal && addressLength
            || institution && !line.runsOnInLowerCase();
    }

    /**
     * A line that carries a stamp's or the postal notice's words among OCR debris ("GENBRAL
     * LIBRARY n os ‘ chcenil", "UNIV. OF MICH. class matter December"): no longer than a column
     * line, no prose running on in it.
     */
    static boolean carriesStampOrNotice(String t, int width) {
        Line line = Line.of(t);
        return !line.runsOnInLowerCase() && carriesStampOrNoticeGivenNoProseRun(line, width);
    }

    /** {@link #carriesStampOrNotice(String, int)} of a line the caller has found not {@link #runsOnInLowerCase}. */
    static boolean carriesStampOrNoticeGivenNoProseRun(Line line, int width) {
        if (line.text.length() > width) {
            return false;
        }
        return line.stampDate() || isNoticePart(line.text, line.words) || namesInstitution(line) || line.cityState();
    }

    /**
     * A library or university named with a capital, in a line set mostly in capitals as a stamp
     * is ("UNIV. OF MICH. General Li br ary"); "useful for libraries." and "the Library of
     * Congress." are prose.
     */
    private static boolean namesInstitution(Line line) {
        String t = line.text;
        if (!Chars.containsAny(t, "LPRU")) {
            return false; // the pattern is tried only on a line holding a capital its words open with
        }
        int at = line.institutionAt();
        return at >= 0 && Character.isUpperCase(t.charAt(at)) && capitalsHoldTheirOwn(t);
    }

    /**
     * What each form of {@link #STAMP_INSTITUTION} holds: "li" (library), "peri" (periodical
     * room), "reading" (room), or "of" with a "v" (university of). Most lines hold none of them.
     */
    private static boolean mayNameInstitution(String t, int words) {
        return (words & INSTITUTION_NAMES) != 0 || (words & OF) != 0 && (t.indexOf('v') >= 0 || t.indexOf('V') >= 0);
    }

    /** Whether the line holds at least as many capitals as lower-case letters. */
    private static boolean capitalsHoldTheirOwn(String t) {
        int balance = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            balance += Character.isUpperCase(c) ? 1 : Character.isLowerCase(c) ? -1 : 0;
        }
        return balance >= 0;
    }

    /** A fragment of the postal entry notice; the pattern is tried only on a line holding a word it needs. */
    private static boolean isNoticePart(String t, int words) {
        return ((words & PART_WORDS) != 0 || t.startsWith("of "))
            && POSTAL_PART.matcher(t).find();
    }

    /** Whether {@link #PROSE_RUN} words in a row open in lower case (words of letters only; debris breaks no run). */
    static boolean runsOnInLowerCase(String t) {
        int[] run = {0};
        return anyWord(t, (first, letters) -> {
            if (letters == 0) {
                return false; // "‘", "—", "|": no word
            }
            run[0] = Character.isLowerCase(first) ? run[0] + 1 : 0;
            return run[0] >= PROSE_RUN;
        });
    }

    /** A short line of a few capitalised words, as a name or address on a stamp is set. */
    static boolean isAddressLine(Line line, int width) {
        String t = line.text;
        return t.length() * 10 <= width * 9 && words(t) <= 6 && capitalised(t) && !endsSentenceWord(t) || line.stampDate();
    }

    /** Whether {@link #PROSE_RUN} words in a row of the line open in lower case. */
    static boolean runsOnInLowerCase(Line line) {
        return line.runsOnInLowerCase();
    }

    /** A sentence's full stop, not an abbreviation's ("Ann Arbor, Mich." may be a stamp; "as they said." is not). */
    private static boolean endsSentenceWord(String t) {
        if (!Flow.endsSentence(t)) {
            return false;
        }
        return !t.endsWith(".") || lettersOfLastWord(t) > 4;
    }

    /** The letters (UTF-16 units of letters, as a regex strips the rest) of the text's last word between spaces. */
    private static int lettersOfLastWord(String t) {
        int end = t.length();
        while (end > 0 && Chars.isRegexSpace(t.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && !Chars.isRegexSpace(t.charAt(start - 1))) {
            start--;
        }
        int letters = 0;
        for (int i = start; i < end; ) {
            int cp = t.codePointAt(i);
            letters += Character.isLetter(cp) ? Character.charCount(cp) : 0;
            i += Character.charCount(cp);
        }
        return letters;
    }

    private static boolean isStampDate(String t) {
        return mayBeStampDate(t) && DATE_STAMP.matcher(t).matches();
    }

    /**
     * What every date stamp holds: a capital ASCII letter opening its month, within three
     * characters of the start that are neither letter nor digit, and a digit to end it (the
     * pattern matches the whole line, and both its forms end on a digit). Most lines fail at
     * once, and the pattern is tried only on the rest.
     */
    private static boolean mayBeStampDate(String t) {
        int p = 0;
        while (p < t.length() && p <= 3 && !Character.isLetter(t.charAt(p)) && !isAsciiDigit(t.charAt(p))) {
            p++;
        }
        return p <= 3 && p < t.length() && t.charAt(p) >= 'A' && t.charAt(p) <= 'Z'
            && isAsciiDigit(t.charAt(t.length() - 1));
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Whether the text holds a digit of the regex class {@code \\d}. */
    private static boolean hasAsciiDigit(String t) {
        for (int i = 0; i < t.length(); i++) {
            if (isAsciiDigit(t.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Ann Arbor, Mich.": the pattern, matching the whole line, is tried only on a line opening
     * with a capital and a small letter, ending on a small letter or a stop, and holding its comma or stop.
     */
    private static boolean isCityState(String t) {
        int n = t.length();
        return n > 1 && t.charAt(0) >= 'A' && t.charAt(0) <= 'Z' && t.charAt(1) >= 'a' && t.charAt(1) <= 'z'
            && (t.charAt(n - 1) == '.' || t.charAt(n - 1) >= 'a' && t.charAt(n - 1) <= 'z')
            && (t.indexOf(',') > 0 || t.indexOf('.') > 0) && CITY_STATE.matcher(t).matches();
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
            boolean space = Chars.isRegexSpace(s.charAt(i));
            n += !space && !inWord ? 1 : 0;
            inWord = !space;
        }
        return n;
    }

    /** Every word of three letters or more opens with a capital, as a stamp or address is set. */
    private static boolean capitalised(String t) {
        return !anyWord(t, (first, letters) -> letters >= 3 && !Character.isUpperCase(first));
    }

    /** A test on one word between spaces: its first letter (0 if it has none) and how many letters it holds. */
    private interface WordTest {
        boolean test(char first, int letters);
    }

    /** Whether a word of the text, in order, passes the test; the words are read without a regex. */
    private static boolean anyWord(String t, WordTest test) {
        int i = 0;
        int n = t.length();
        while (i < n) {
            while (i < n && Chars.isRegexSpace(t.charAt(i))) {
                i++;
            }
            if (i == n) {
                return false;
            }
            int letters = 0;
            char first = 0;
            while (i < n && !Chars.isRegexSpace(t.charAt(i))) {
                char c = t.charAt(i);
                if (!Character.isSurrogate(c)) { // a char of its own: its class read from the table
                    if (Chars.isLetter(c)) {
                        first = letters == 0 ? c : first;
                        letters++;
                    }
                    i++;
                    continue;
                }
                int cp = t.codePointAt(i);
                if (Character.isLetter(cp)) {
                    first = letters == 0 ? c : first;
                    letters += Character.charCount(cp);
                }
                i += Character.charCount(cp);
            }
            if (test.test(first, letters)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasDigit(String t) {
        for (int i = 0; i < t.length(); i++) {
            if (Character.isDigit(t.charAt(i))) {
                return true;
            }
        }
        return false;
    }

}
