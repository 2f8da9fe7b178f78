package org.dossier.pkg.views;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One item of a package as {@code dossier facts} shows it: its kind, id and a readable name, its
 * date (EDTF) where it has one, and where it comes from: the page and anchor of the report, or for
 * facts from elsewhere their {@code source}. {@code page} and {@code anchor} are null for those.
 */
public record FactItem(
    FactKind kind,
    String id,
    String name,
    @JsonInclude(JsonInclude.Include.NON_NULL) String date,
    Integer page,
    AnchorView anchor,
    @JsonInclude(JsonInclude.Include.NON_NULL) String source) {}
