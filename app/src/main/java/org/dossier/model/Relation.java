package org.dossier.model;

/**
 * A relation from an agreement, provision or actor ({@code subject}) to an agreement or provision
 * ({@code object}): a later convention reaffirms a treaty article, a government repudiates
 * conventions, an agreement modifies a term ({@code field}, {@code from}, {@code to}).
 */
public record Relation(
    String id,
    RelationKind type,
    String subject,
    String object,
    String date,
    String field,
    String from,
    String to,
    String pending,
    Anchor anchor,
    String note) {}
