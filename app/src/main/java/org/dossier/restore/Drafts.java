package org.dossier.restore;

/** Mutable units under assembly; turned into records when restoration finishes. */
final class Drafts {
    private Drafts() {}

    static final class Unit {
        final TextDraft text = new TextDraft();
        final int page;
        final int firstLine;
        int lastLine;
        /** Whether the unit's last appended line ended in a hyphen (or ¬) still to be decided. */
        char pendingBreak;
        int pendingLine;
        String label;
        int labelLine;
        boolean heading;

        Unit(int page, int firstLine) {
            this.page = page;
            this.firstLine = firstLine;
            this.lastLine = firstLine;
        }
    }
}
