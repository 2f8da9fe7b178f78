package org.dossier.model;

/**
 * A stated figure: {@code value}, or {@code low}–{@code high} for a range, with the report's
 * {@code qualifier} ("nearly", "over", "between", "estimated"), its unit, what it measures, the
 * date it refers to (EDTF), and who claimed it (null when the report states it in its own voice).
 */
public record Quantity(
    String id,
    Double value,
    Double low,
    Double high,
    Qualifier qualifier,
    String unit,
    String measures,
    String subject,
    String date,
    String claimant,
    Anchor anchor,
    String note) {}
