package org.dossier.model;

/**
 * Who controlled or operated a line (or its stretch {@code from}–{@code to}, place ids; both null for
 * the whole line) during {@code period}, an EDTF interval, and on what basis (an agreement id, an
 * event id, or a short phrase).
 */
public record Control(String controller, ControlKind kind, String from, String to, String period, String basis, Anchor anchor) {}
