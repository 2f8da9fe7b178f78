package org.dossier.model;

import java.util.List;

/**
 * A railway line or branch: endpoints and via stations (place ids) in order, its sections with
 * their lengths, and who owned, operated or controlled it over time. {@code part of} groups the
 * branches of one railway (the Chinese Eastern's western, eastern and southern lines).
 */
public record Line(
    String id,
    String name,
    List<String> aliases,
    String partOf,
    LineStatus status,
    List<String> stations,
    List<Section> sections,
    Figure lengthKm,
    Figure gaugeMm,
    Sourced opened,
    String owner,
    List<Control> control,
    List<Anchor> anchors,
    String note,
    String source) {

    public Line {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        stations = stations == null ? List.of() : List.copyOf(stations);
        sections = sections == null ? List.of() : List.copyOf(sections);
        control = control == null ? List.of() : List.copyOf(control);
        anchors = anchors == null ? List.of() : List.copyOf(anchors);
    }
}
