package org.dossier.restore;

/**
 * One page as the layout stage sees it: 0-based raw lines {@code [start, end)}, the printed page
 * number if one was read (else null), the running head, and which of its lines are furniture.
 */
record PageFrame(int start, int end, Integer printed, String runningHead, LineSet furniture) {}
