package org.dossier.restore;

/**
 * One printed page. {@code number} is the printed page number ({@code numberInferred} when the OCR
 * lost it and it was inferred from its neighbours); lines are 1-based lines of the raw file.
 */
public record Page(
    int number,
    boolean numberInferred,
    int startLine,
    int endLine,
    String runningHead) {}
