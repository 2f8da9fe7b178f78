package org.dossier.model;

/**
 * The {@code dossier.yaml} of a package: its id and title, and the raw OCR text of the report it
 * models ({@code document}, a path relative to the package) with that text's SHA-256.
 */
public record Manifest(String id, String title, String document, String documentSha256, String cameoTable, String note) {}
