package org.dossier.model;

/**
 * How one actor read a provision, where readings conflict: {@code holds} is what the actor said it
 * means for the action ({@code permitted}, {@code prohibited}, {@code conditional}).
 */
public record Reading(String by, String holds, String text, String event, Anchor anchor) {}
