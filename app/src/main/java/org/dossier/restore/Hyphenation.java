package org.dossier.restore;

/**
 * A decision taken at a line-end hyphen: {@code left} and {@code right} as printed, {@code joined}
 * the resulting word, {@code kept} whether the hyphen stayed, and the evidence behind it.
 */
public record Hyphenation(int line, String left, String right, String joined, boolean kept, String evidence) {}
