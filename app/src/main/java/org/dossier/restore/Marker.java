package org.dossier.restore;

/**
 * A footnote reference marker in the body: the paragraph it stands in, its offset into that
 * paragraph's text, the glyphs as the OCR printed them, and its raw line.
 */
public record Marker(String paragraph, int offset, String raw, int line) {}
