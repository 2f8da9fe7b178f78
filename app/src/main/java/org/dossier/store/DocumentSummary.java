package org.dossier.store;

/** A stored document at a glance. */
public record DocumentSummary(String slug, String title, String fileName, String sha256, String importedAt) {}
