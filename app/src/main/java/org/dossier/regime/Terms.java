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

    /**
     * As {@link #dates(String, String)}, with the ruling asked for {@code party} (an actor id): the rule that
     * governs for it, or why none can be named. Null asks for everyone: one ruling per question when a single
     * rule governs for all, else one per party for whom a different rule governs.
     */
    TermAnswer dates(String ref, String asOf, String party);
}
