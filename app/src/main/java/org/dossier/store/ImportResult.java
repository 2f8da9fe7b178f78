package org.dossier.store;

/** What an import did: {@code created} is false when the same text (by SHA-256) was already stored. */
public record ImportResult(String slug, String sha256, boolean created, boolean packageStored) {}
