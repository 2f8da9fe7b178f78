package org.dossier.model;

import java.util.List;

/**
 * Who did what to whom, when and where. {@code date} is EDTF (an interval for "late in May 1932");
 * {@code cameo} is a CAMEO event code and {@code goldstein} its weight on the Goldstein scale, from
 * the table the package documents. {@code claimedBy} is set when the report gives the event only
 * as someone's report or allegation. {@code provisions} are those it invokes, claims breached, or
 * relies on.
 */
public record Event(
    String id,
    String date,
    List<String> actors,
    List<String> targets,
    String action,
    String cameo,
    Double goldstein,
    String place,
    List<String> places,
    List<ProvisionRef> provisions,
    List<String> agreements,
    String claimedBy,
    List<String> sources,
    List<String> footnotes,
    Anchor anchor,
    String note) {

    public Event {
        actors = actors == null ? List.of() : List.copyOf(actors);
        targets = targets == null ? List.of() : List.copyOf(targets);
        places = places == null ? List.of() : List.copyOf(places);
        provisions = provisions == null ? List.of() : List.copyOf(provisions);
        agreements = agreements == null ? List.of() : List.copyOf(agreements);
        sources = sources == null ? List.of() : List.copyOf(sources);
        footnotes = footnotes == null ? List.of() : List.copyOf(footnotes);
    }
}
