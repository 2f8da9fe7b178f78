package org.dossier.model;

/**
 * Where a fact stands in the restored report: a W3C Web Annotation TextQuoteSelector
 * ({@code exact}, with optional {@code prefix} and {@code suffix} to disambiguate) plus the printed
 * page. Whitespace is compared collapsed; the quote must resolve to exactly one place.
 */
public record Anchor(String exact, String prefix, String suffix, Integer page) {}
