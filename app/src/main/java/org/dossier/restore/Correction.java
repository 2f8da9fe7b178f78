package org.dossier.restore;

/** A proposed OCR correction: the original is never rewritten, only annotated. */
public record Correction(int line, int rawOffset, String original, String proposed, String evidence) {}
