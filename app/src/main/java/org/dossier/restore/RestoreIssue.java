package org.dossier.restore;

/** Damage found in the input and what the restorer could not do about it; recorded, never thrown. */
public record RestoreIssue(int line, int column, String message) {}
