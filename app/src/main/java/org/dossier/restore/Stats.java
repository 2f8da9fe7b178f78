package org.dossier.restore;

/** Counts at a glance. */
public record Stats(
    int pages,
    int paragraphs,
    int footnotes,
    int footnotesLinked,
    int footnotesOrphaned,
    int markersOrphaned,
    int hyphenationsJoined,
    int hyphenationsKept,
    int corrections) {}
