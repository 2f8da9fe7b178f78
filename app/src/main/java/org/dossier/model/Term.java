package org.dossier.model;

/**
 * A duration that fixes a date: {@code years} counted from {@code from} (an EDTF date, or an event
 * id such as the line's completion), with its {@code effect}.
 */
public record Term(Figure years, String from, TermEffect effect, Anchor anchor) {}
