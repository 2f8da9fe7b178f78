package org.dossier.model;

/**
 * Who controlled or operated a line (or its stretch {@code from}–{@code to}, place ids; both null for
 * the whole line) during {@code period}, an EDTF interval, and on what basis (an agreement id, an
 * event id, or a short phrase). {@code claimedBy} is set when the report gives the control only as
 * someone's report ("it was reported that…" → {@code unattributed-reports}), as for events.
 */
public record Control(String controller, ControlKind kind, String from, String to, String period, String basis,
                      Anchor anchor, String claimedBy) {

    /** A control the report states in its own voice. */
    public Control(String controller, ControlKind kind, String from, String to, String period, String basis, Anchor anchor) {
        this(controller, kind, from, to, period, basis, anchor, null);
    }
}
