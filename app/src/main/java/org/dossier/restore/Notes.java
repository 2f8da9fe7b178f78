package org.dossier.restore;

import java.util.ArrayList;
import java.util.List;

/**
 * Settles footnote labels and ids. Numbered notes run in sequence, so a label that breaks the
 * sequence between two neighbours that agree (80, 31, 82) is read as the number the sequence
 * demands; the printed label is kept in a proposed {@link Correction}, never silently rewritten.
 */
record Notes(List<Drafts.Unit> units, List<String> ids) {

    static Notes label(List<Drafts.Unit> notes, SourceLines lines, List<Correction> corrections,
            List<RestoreIssue> issues) {
        List<Drafts.Unit> kept = new ArrayList<>();
        for (Drafts.Unit u : notes) {
            if (u.text.length() > 0) {
                kept.add(u);
            }
        }
        for (int i = 1; i + 1 < kept.size(); i++) {
            Integer prev = BlockClassifier.labelNumber(kept.get(i - 1).label);
            Integer next = BlockClassifier.labelNumber(kept.get(i + 1).label);
            Drafts.Unit u = kept.get(i);
            Integer own = BlockClassifier.labelNumber(u.label);
            if (prev == null || next == null || own == null || !sameSuffixFree(kept.get(i - 1).label)) {
                continue;
            }
            if (next - prev == 2 && own != prev + 1) {
                String printed = u.label;
                u.label = Integer.toString(prev + 1);
                int line = u.labelLine;
                corrections.add(new Correction(line + 1, lines.start(line) + leading(lines, line), printed,
                    u.label, "footnote labels run " + prev + ", …, " + next + "; '" + printed
                    + "' stands where " + u.label + " belongs"));
                issues.add(new RestoreIssue(line + 1, 1, "footnote label '" + printed + "' read as " + u.label));
            }
        }
        List<String> ids = new ArrayList<>();
        NoteIds noteIds = new NoteIds();
        for (Drafts.Unit u : kept) {
            ids.add(noteIds.next(u.label));
        }
        return new Notes(List.copyOf(kept), List.copyOf(ids));
    }

    private static boolean sameSuffixFree(String label) {
        return label != null && !label.isEmpty();
    }

    private static int leading(SourceLines lines, int line) {
        String t = lines.text(line);
        int i = 0;
        while (i < t.length() && Character.isWhitespace(t.charAt(i))) {
            i++;
        }
        return i;
    }
}
