package org.dossier.model;

import java.util.List;

/**
 * What an actor asserted, when, and where the report found it. A denial or counter-claim names
 * the claim it answers in {@code answers}; {@code about} names the event, actor or agreement the
 * claim concerns.
 */
public record Claim(
    String id,
    String claimant,
    String date,
    ClaimStance stance,
    String statement,
    List<String> about,
    String answers,
    List<String> sources,
    List<String> footnotes,
    Anchor anchor,
    String note) {

    public Claim {
        about = about == null ? List.of() : List.copyOf(about);
        sources = sources == null ? List.of() : List.copyOf(sources);
        footnotes = footnotes == null ? List.of() : List.copyOf(footnotes);
    }
}
