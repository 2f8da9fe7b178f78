package org.dossier.model;

/** WGS84 coordinates with their source and precision ({@code station}, {@code city}, {@code region}). */
public record Coordinates(double lat, double lon, String precision, String source) {}
