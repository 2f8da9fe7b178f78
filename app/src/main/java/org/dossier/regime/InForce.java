package org.dossier.regime;

/** Which agreements and provisions bound whom on a date, with the relations that decided it. */
public interface InForce {

    /**
     * The agreements in force on {@code date} (EDTF; an interval that straddles an entry into force
     * or an end makes that agreement indeterminate, with the reason), optionally only those binding
     * {@code party} or with provisions about {@code subject} (ids; null for all).
     */
    InForceAnswer on(String date, String party, String subject);
}
