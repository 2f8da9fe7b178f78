package org.dossier.model;

import java.util.List;

/**
 * A state, government, authority, organisation, person or collective voice (the press, "Japanese
 * reports"). {@code succeeds} links a government to the one whose obligations it took over;
 * {@code partOf} links an organ to its state or a person to whom they served.
 */
public record Actor(
    String id,
    String name,
    List<String> aliases,
    ActorKind kind,
    String role,
    String partOf,
    String from,
    String until,
    List<Succession> succeeds,
    Sourced wikidata,
    List<Anchor> anchors,
    String note,
    String source) {

    public Actor {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        succeeds = succeeds == null ? List.of() : List.copyOf(succeeds);
        anchors = anchors == null ? List.of() : List.copyOf(anchors);
    }
}
