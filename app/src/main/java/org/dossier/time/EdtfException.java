package org.dossier.time;

/** Text that is not a valid EDTF date; the message says why, in one line. */
public final class EdtfException extends IllegalArgumentException {
    public EdtfException(String message) {
        super(message);
    }
}
