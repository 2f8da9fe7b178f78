package org.dossier.restore;

import java.util.Locale;
import java.util.Set;

/**
 * Decides, at a line-end hyphen, whether the printer broke a word (join) or the word holds a
 * real hyphen (keep). The glyph alone never decides: evidence is weighed from the document's own
 * spellings, the word list, capitalisation and known prefixes, and the reasons are kept.
 */
final class Hyphenator {
    /** Prefixes that English sets off with a hyphen (non-observance, anti-Bolshevik, co-suzerainty). */
    private static final Set<String> PREFIXES = Set.of(
        "non", "anti", "pro", "co", "ex", "self", "semi", "trans", "pan", "inter", "intra",
        "neo", "quasi", "pseudo", "post", "pre", "ultra", "vice", "mid", "half", "well", "counter",
        "sub", "super", "all", "re", "cross", "over", "under");

    private final Lexicon lexicon;
    private final WordList words;
    private final boolean softBreaksPrinted;

    /**
     * @param softBreaksPrinted whether this document marks syllable breaks with {@code ¬}: then a
     *     plain hyphen at a line end leans to a real hyphen; where the OCR prints every break as
     *     {@code -}, it leans to a break
     */
    Hyphenator(Lexicon lexicon, WordList words, boolean softBreaksPrinted) {
        this.lexicon = lexicon;
        this.words = words;
        this.softBreaksPrinted = softBreaksPrinted;
    }

    Hyphenator(Lexicon lexicon, WordList words) {
        this(lexicon, words, true);
    }

    record Decision(boolean join, String evidence) {}

    /** A mark that may end a line where the printer broke a word: a hyphen, the OCR's not-sign or a soft hyphen. */
    static boolean isBreakMark(char c) {
        return c == '-' || c == '¬' || c == '\u00AD';
    }

    /**
     * @param left  the letters before the hyphen, as printed
     * @param right the letters that open the next line, as printed
     * @param soft  whether the OCR printed a not-sign ({@code ¬}), its mark of a syllable break
     */
    Decision decide(String left, String right, boolean soft) {
        if (left.isEmpty() || right.isEmpty()
                || !Character.isLetter(left.charAt(left.length() - 1)) || !Character.isLetter(right.charAt(0))) {
            return new Decision(false, "not a word on both sides");
        }
        StringBuilder why = new StringBuilder(160); // the reasons, "; " between them
        String joined = left + right;
        String compound = left + "-" + right;
        boolean leftIsPrefix = PREFIXES.contains(lower(left));
        int score = 0;
        if (soft) {
            score += 2;
            reason(why).append("¬ marks a syllable break");
        } else if (softBreaksPrinted) {
            score -= 1;
            reason(why).append("plain hyphen where the document marks breaks with ¬");
            if (brokenWordAfter(left, right, leftIsPrefix)) {
                score += 2; // the OCR read a ¬ as a hyphen inside a (often damaged) word: lin- perialist
                reason(why).append('\'').append(right).append("' is no word, as the second half of a compound would be");
            }
        } else {
            score += 1;
            reason(why).append("plain hyphen, the document's only break mark");
            if (!listed(left) && !leftIsPrefix
                    && !listed(right) && Character.isLowerCase(right.charAt(0))) {
                score += 2;
                reason(why).append("neither half is a word");
            }
        }
        int joinedSeen = lexicon.count(joined);
        int compoundSeen = lexicon.count(compound);
        if (joinedSeen > 0 && joinedSeen >= compoundSeen) {
            score += 5;
            reason(why).append("document spells '").append(joined).append("' ").append(joinedSeen).append('×');
        }
        if (compoundSeen > 0 && compoundSeen >= joinedSeen) {
            score -= 6;
            reason(why).append("document spells '").append(compound).append("' ").append(compoundSeen).append('×');
        }
        boolean joinedIsWord = listed(joined);
        if (joinedIsWord) {
            score += 4;
            reason(why).append("word list has '").append(lower(joined)).append('\'');
        }
        if (Character.isUpperCase(right.charAt(0))) {
            score -= 4;
            reason(why).append("capital after the hyphen");
        }
        if (leftIsPrefix && !joinedIsWord) {
            score -= 2;
            reason(why).append('\'').append(left).append("-' is a prefix");
        }
        if (!joinedIsWord && joinedSeen == 0 && listed(left) && listed(right)
                && left.length() > 2 && right.length() > 2) {
            score -= 2;
            reason(why).append("both halves are words");
        }
        return new Decision(score > 0, why.toString());
    }

    /** {@code why}, ready for one more reason. */
    private static StringBuilder reason(StringBuilder why) {
        return why.length() == 0 ? why : why.append("; ");
    }

    /**
     * The second half of a real compound is a word of its own (or a capitalised name). A lower-case
     * continuation that neither the word list nor the document knows, after a part that is no
     * prefix, is the rest of a broken word ({@code Voltin- skii}, {@code Jfa- chines}); unless both
     * parts have the shape of the syllables of a romanised name ({@code Shu-tseng}): a capitalised
     * first part, each part one syllable.
     */
    private boolean brokenWordAfter(String left, String right, boolean leftIsPrefix) {
        if (!Character.isLowerCase(right.charAt(0)) || leftIsPrefix
                || listed(right) || lexicon.count(right) > 0) {
            return false;
        }
        return !(Character.isUpperCase(left.charAt(0)) && syllables(left) == 1 && syllables(right) == 1);
    }

    /** Whether the word list has the word, asked through the lexicon, which keeps each answer. */
    private boolean listed(String word) {
        return lexicon.listed(word, words);
    }

    /** Runs of vowels: a rough count of syllables, enough to tell one from several. */
    static int syllables(String word) {
        int runs = 0;
        boolean inVowels = false;
        for (int i = 0; i < word.length(); i++) {
            boolean vowel = "aeiouyAEIOUY".indexOf(word.charAt(i)) >= 0;
            runs += vowel && !inVowels ? 1 : 0;
            inVowels = vowel;
        }
        return runs;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
