package org.dossier.model;

/** The stretch of a line between two of its stations, with its length where known. */
public record Section(String from, String to, Figure km) {}
