package org.dossier.model;

/**
 * An actor the report ties to an event without naming it among the event's actors or targets: who
 * instigated it, on whose behalf its actors acted, or at whom it was aimed. {@code claimedBy} is the
 * voice that makes the tie (empty when the report makes it in its own voice); the anchor is where.
 * Counting such events for a pair of states is a choice the reader makes (see docs/cameo.md).
 */
public record Attribution(String actor, AttributionKind kind, String claimedBy, Anchor anchor, String note) {}
