package org.dossier.model;

import java.util.List;

/** Everything a dossier package states, as loaded (before or after validation). */
public record DossierPackage(
    Manifest manifest,
    List<Source> sources,
    List<Actor> actors,
    List<Place> places,
    List<Line> lines,
    List<Agreement> agreements,
    List<Relation> relations,
    List<Event> events,
    List<Claim> claims,
    List<Quantity> quantities,
    List<Rate> rates) {

    public DossierPackage {
        sources = List.copyOf(sources);
        actors = List.copyOf(actors);
        places = List.copyOf(places);
        lines = List.copyOf(lines);
        agreements = List.copyOf(agreements);
        relations = List.copyOf(relations);
        events = List.copyOf(events);
        claims = List.copyOf(claims);
        quantities = List.copyOf(quantities);
        rates = List.copyOf(rates);
    }
}
