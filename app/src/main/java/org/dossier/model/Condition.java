package org.dossier.model;

/**
 * A condition on a provision, or an exception to it: whose {@code consent} it needs, which
 * {@code capital} must pay ({@code value: chinese}), an {@code undertaking} by someone, a
 * {@code purpose}, a {@code necessity}, a {@code no-objection}. {@code actor} names whose consent,
 * objection or undertaking; {@code text} says it in words.
 */
public record Condition(ConditionKind kind, String actor, String value, String text, Anchor anchor) {}
