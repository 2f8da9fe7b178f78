package org.dossier.restore;

/**
 * Maps a stretch {@code [textStart, textEnd)} of a restored unit's text to the raw text it came
 * from: {@code [rawStart, rawEnd)} are character offsets into the raw (decoded) text and
 * {@code line} is its 1-based raw line.
 */
public record Span(int textStart, int textEnd, int rawStart, int rawEnd, int line) {}
