package org.dossier.regime;

/**
 * The dates that follow from terms: when a railway reverts free of charge, from when it may be
 * redeemed or purchased, when an agreement expires — under each agreement that fixes one, and which
 * one governs.
 */
public interface Terms {

    /**
     * The dates that follow from the terms of {@code ref} (an agreement id or a provision key) and of
     * the provisions of other agreements about the same subject or modifying them; {@code asOf} (EDTF,
     * null for the report's date) decides which governs.
     */
    TermAnswer dates(String ref, String asOf);
}
