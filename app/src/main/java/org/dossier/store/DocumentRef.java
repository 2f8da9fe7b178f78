package org.dossier.store;

/**
 * The document a fact or event comes from: its slug in the store (the reader's address), the id
 * of the package that models it, and a title (the package's, else the document's).
 */
public record DocumentRef(String slug, String packageId, String title) {}
