package org.dossier.rail;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.dossier.model.Anchor;
import org.dossier.model.ControlKind;

/**
 * That {@code controller} held a section (as owner, operator, under military control …) during
 * {@code period} on {@code basis}, as the control record of {@code line} says (the section's own line or
 * a line it is part of), and how surely that holds on the asked date; {@code claimedBy} when the
 * report gives the control only as someone's report (then it is never {@link Certainty#CERTAIN}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ControlClaim(String controller, ControlKind kind, String period, String basis, Anchor anchor,
                           String line, Certainty certainty, String claimedBy) {}
