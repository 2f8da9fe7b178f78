package org.dossier.restore;

import java.util.ArrayList;
import java.util.List;

/**
 * Joins the lines of classified blocks into paragraphs and footnotes in reading order: a
 * paragraph split by a column, a page or a block of notes is rejoined when it visibly goes on
 * (a hyphen, no closing punctuation, a lower-case start), and line-end hyphens are resolved by
 * the {@link Hyphenator} with the decision recorded.
 */
final class Flow {
    private final SourceLines lines;
    private final Hyphenator hyphenator;
    private final int width;
    final List<Drafts.Unit> paragraphs = new ArrayList<>();
    final List<Drafts.Unit> notes = new ArrayList<>();
    final List<Hyphenation> hyphenation = new ArrayList<>();
    private Drafts.Unit openParagraph;
    /** Where the open paragraph, and the last note (the only one that may go on), grow until they are complete. */
    private final TextDraft.Room paragraphRoom = new TextDraft.Room();
    private final TextDraft.Room noteRoom = new TextDraft.Room();

    Flow(SourceLines lines, Hyphenator hyphenator, int width) {
        this.lines = lines;
        this.hyphenator = hyphenator;
        this.width = width;
    }

    void accept(Block block) {
        switch (block.kind()) {
            case BODY -> body(block);
            case NOTE_START -> {
                if (!notes.isEmpty()) {
                    notes.get(notes.size() - 1).text.compact(); // only the last note may go on
                }
                Drafts.Unit note = new Drafts.Unit(block.page(), block.first());
                note.text.growIn(noteRoom);
                note.label = block.label();
                note.labelLine = block.first();
                notes.add(note);
                appendLines(note, block.first(), block.last(), block.labelEnd());
            }
            case NOTE_CONTINUED -> {
                if (notes.isEmpty()) {
                    body(block);
                } else {
                    appendLines(notes.get(notes.size() - 1), block.first(), block.last(), 0);
                }
            }
            default -> { }
        }
    }

    private void body(Block block) {
        int start = block.first();
        Drafts.Unit target = openParagraph;
        boolean heading = isHeading(block.first());
        if (target == null || !continues(target, block, heading)) {
            target = newParagraph(block.page(), start, heading);
        }
        for (int i = block.first(); i <= block.last(); i++) {
            appendLine(target, i, 0);
            // a heading run into the first lines of its text is a paragraph, one that may go on
            // past a column or page break ("IS X NEAR COLLAPSE? The …")
            target.heading = target.heading && isHeading(i);
            if (i < block.last() && endsParagraph(i, i + 1)) {
                target = newParagraph(block.page(), i + 1, isHeading(i + 1));
            }
        }
    }

    private Drafts.Unit newParagraph(int page, int line, boolean heading) {
        finish(openParagraph);
        Drafts.Unit p = new Drafts.Unit(page, line);
        p.text.growIn(paragraphRoom);
        p.heading = heading;
        paragraphs.add(p);
        openParagraph = p;
        return p;
    }

    private boolean continues(Drafts.Unit open, Block block, boolean heading) {
        if (open.pendingBreak != 0) {
            return true;
        }
        int next = block.first();
        char opening = lines.isBlank(next) ? ' ' : lines.chars()[lines.trimmedStart(next)];
        if (open.heading || heading || BlockClassifier.mayOpenLabel(opening)
                && BlockClassifier.LABEL.matcher(lines.trimmed(next)).lookingAt()) {
            return false; // a heading, or the next item of a numbered list
        }
        if (Character.isLowerCase(opening)) {
            return true;
        }
        return !endsSentence(lines.raw(), lines.trimmedStart(open.lastLine), lines.trimmedEnd(open.lastLine));
    }

    /** Inside a block: a short line that closes a sentence, before a capital, ends a paragraph. */
    private boolean endsParagraph(int line, int nextLine) {
        String raw = lines.raw();
        if (lines.trimmedLength(line) * 10 >= width * 6
                || !endsSentence(raw, lines.trimmedStart(line), lines.trimmedEnd(line)) || lines.isBlank(nextLine)) {
            return false;
        }
        char c = raw.charAt(lines.trimmedStart(nextLine));
        return Character.isUpperCase(c) || c == '“' || c == '"';
    }

    /**
     * Whether a line closes a sentence, looking past what trails it in print: closing quotes and
     * brackets, and a note marker ("inlets. 6a", "Sakhalin.*").
     */
    static boolean endsSentence(String t) {
        return endsSentence(t, 0, t.length());
    }

    /** {@link #endsSentence(String)} of {@code t[from, to)}, read in place. */
    static boolean endsSentence(CharSequence t, int from, int to) {
        int i = to - 1;
        while (i >= from && t.charAt(i) == ' ') {
            i--;
        }
        int digits = 0;
        int k = i;
        if (k >= from && Character.isLowerCase(t.charAt(k)) && k > from && Character.isDigit(t.charAt(k - 1))) {
            k--;
        }
        while (k >= from && Character.isDigit(t.charAt(k))) {
            k--;
            digits++;
        }
        if (digits > 0 && digits <= 3 && k > from && t.charAt(k) == ' ') {
            i = k - 1;
        }
        while (i >= from && "\"”’)'*†‡°™ ".indexOf(t.charAt(i)) >= 0) {
            i--;
        }
        if (i < from) {
            return false;
        }
        char c = t.charAt(i);
        return c == '.' || c == '!' || c == '?' || c == ':';
    }

    private boolean isHeading(int line) {
        int upper = lines.upper(line);
        int lower = lines.lower(line);
        return upper >= 3 && lower * 4 <= upper && lines.trimmedLength(line) * 10 < width * 12
            && !endsRunIn(lines.trimmed(line));
    }

    /** "ARGENTINA HOLDS ALOOF. In" : a run-in heading whose text begins on its line is not a heading alone. */
    private static boolean endsRunIn(String t) {
        int i = t.length() - 1;
        while (i >= 0 && Character.isLetter(t.charAt(i))) {
            i--;
        }
        String last = t.substring(i + 1);
        return last.length() >= 2 && Character.isUpperCase(last.charAt(0))
            && last.chars().skip(1).allMatch(Character::isLowerCase) && i > 0 && t.charAt(i) == ' ';
    }

    private void appendLines(Drafts.Unit unit, int first, int last, int firstColumn) {
        for (int i = first; i <= last; i++) {
            appendLine(unit, i, i == first ? firstColumn : 0);
        }
    }

    /** Appends one raw line (from a column within its trimmed text), resolving a pending hyphen. */
    void appendLine(Drafts.Unit unit, int line, int column) {
        char[] raw = lines.chars();
        int s = lines.trimmedStart(line) + column;
        int e = lines.trimmedEnd(line);
        // a column rule at either end of the line is no text, and hides a line-end hyphen
        while (e > s && isSpaceOrRule(raw, e - 1, s, e)) {
            e--;
        }
        while (s < e && isSpaceOrRule(raw, s, s, e)) {
            s++;
        }
        s = Math.min(s, e);
        if (s == e && unit.pendingBreak == 0) {
            unit.lastLine = line; // a line that was only a column rule adds no text, not even a space
            return;
        }
        TextDraft text = unit.text;
        int dropCapSpace = text.length() == 0 ? dropCapSpace(raw, s, e) : -1;
        if (unit.pendingBreak != 0) {
            resolveBreak(unit, raw, s, e);
        } else if (text.length() > 0) {
            text.appendSeparator();
        }
        unit.pendingBreak = 0;
        if (e > s) {
            char last = raw[e - 1];
            boolean letterBefore = e - 2 >= s && Character.isLetterOrDigit(raw[e - 2]);
            if (Hyphenator.isBreakMark(last) && letterBefore) {
                unit.pendingBreak = last;
                unit.pendingLine = line;
            } else if (last == '—' || last == '–' && e - 2 >= s && raw[e - 2] != ' ') {
                unit.pendingBreak = last;
                unit.pendingLine = line;
            }
        }
        if (dropCapSpace > 0) {
            text.appendRaw(raw, s, dropCapSpace);
            text.appendRaw(raw, dropCapSpace + 1, e);
        } else if (lines.isPlainlySpaced(line)) {
            text.appendVerbatim(raw, s, e); // most lines: nothing to collapse, so not read char by char
        } else {
            text.appendRaw(raw, s, e);
        }
        unit.lastLine = line;
    }

    /** A space, or a column rule, at {@code raw[i]} of a line's text {@code [s, e)}: neither is text at its ends. */
    private static boolean isSpaceOrRule(char[] raw, int i, int s, int e) {
        char c = raw[i];
        return Chars.isSpace(c) || (c == '|' || c == '¦') && TextDraft.isColumnRule(raw, i, s, e);
    }

    /**
     * A drop capital set apart from the rest of its word ("J APAN’S") opens an article; returns
     * the offset of the space to drop, else -1.
     */
    private static int dropCapSpace(char[] raw, int s, int e) {
        if (e - s < 4 || !Character.isUpperCase(raw[s]) || raw[s + 1] != ' ') {
            return -1;
        }
        int k = s + 2;
        int caps = 0;
        while (k < e && Character.isUpperCase(raw[k])) {
            k++;
            caps++;
        }
        boolean wordEnds = k >= e || !Character.isLetter(raw[k]);
        return caps >= 2 && wordEnds && raw[s] != 'A' && raw[s] != 'I' ? s + 1 : -1;
    }

    private void resolveBreak(Drafts.Unit unit, char[] raw, int s, int e) {
        TextDraft text = unit.text;
        char glyph = unit.pendingBreak;
        if (glyph == '—' || glyph == '–') {
            return; // a dash at a line end runs straight on into the next word
        }
        int hyphenAt = text.length() - 1;
        int leftStart = hyphenAt;
        while (leftStart > 0 && Character.isLetter(text.charAt(leftStart - 1))) {
            leftStart--;
        }
        String left = text.substring(leftStart, hyphenAt);
        int r = s;
        while (r < e && Character.isLetter(raw[r])) {
            r++;
        }
        String right = new String(raw, s, r - s);
        if (left.isEmpty() || right.isEmpty()) {
            if (glyph != '-') {
                text.delete(hyphenAt, hyphenAt + 1);
                appendSynthetic(text, '-');
            }
            return;
        }
        Hyphenator.Decision d = hyphenator.decide(left, right, glyph != '-');
        if (d.join()) {
            text.delete(hyphenAt, hyphenAt + 1);
        } else if (glyph != '-') {
            text.delete(hyphenAt, hyphenAt + 1);
            appendSynthetic(text, '-');
        }
        hyphenation.add(new Hyphenation(unit.pendingLine + 1, left + glyph, right,
            d.join() ? left + right : left + "-" + right, !d.join(), d.evidence()));
    }

    private static void appendSynthetic(TextDraft text, char c) {
        text.appendSyntheticChar(c);
    }

    private void finish(Drafts.Unit unit) {
        if (unit != null) {
            unit.pendingBreak = 0; // a hyphen before the end of the text stays as printed
            unit.text.compact();
        }
    }

    void close() {
        finish(openParagraph);
        openParagraph = null;
        for (Drafts.Unit note : notes) {
            note.text.compact(); // the last note may have gone on in a later block
        }
    }
}
