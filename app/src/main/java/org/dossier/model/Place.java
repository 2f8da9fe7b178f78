package org.dossier.model;

import java.util.List;

/**
 * A place the report names, under its 1932 name; modern names are aliases. Coordinates and the
 * Wikidata id come from elsewhere and carry their source.
 */
public record Place(
    String id,
    String name,
    List<String> aliases,
    PlaceKind kind,
    String modernName,
    String within,
    Coordinates coordinates,
    Sourced wikidata,
    List<Anchor> anchors,
    String note,
    String source) {

    public Place {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        anchors = anchors == null ? List.of() : List.copyOf(anchors);
    }
}
