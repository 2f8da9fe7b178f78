package org.dossier.pkg;

import org.dossier.model.Anchor;

/**
 * Where an {@link Anchor} landed in the restored report: the unit (a paragraph or footnote id), its
 * printed page, the offsets {@code [start, end)} of the quoted text in that unit's restored text, and
 * the raw lines {@code firstLine}–{@code lastLine} it came from.
 */
public record ResolvedAnchor(Anchor anchor, String unit, boolean footnote, int page, int start, int end,
                             int firstLine, int lastLine) {}
