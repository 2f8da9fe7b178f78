package org.dossier.model;

import java.util.List;

/**
 * Who did what to whom, when and where. {@code date} is EDTF (an interval for "late in May 1932");
 * {@code cameo} is a CAMEO event code and {@code goldstein} its weight on the Goldstein scale, from
 * the table the package documents. {@code claimedBy} is set when the report gives the event only
 * as someone's report or allegation. {@code provisions} are those it invokes, claims breached, or
 * relies on. {@code attributed} ties the event to actors it does not name as actors or targets (an
 * instigator, a principal behind a proxy, the party an act was aimed at), each with who says so.
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
    String note,
    List<Attribution> attributed) {

    public Event {
        actors = actors == null ? List.of() : List.copyOf(actors);
        targets = targets == null ? List.of() : List.copyOf(targets);
        places = places == null ? List.of() : List.copyOf(places);
        provisions = provisions == null ? List.of() : List.copyOf(provisions);
        agreements = agreements == null ? List.of() : List.copyOf(agreements);
        sources = sources == null ? List.of() : List.copyOf(sources);
        footnotes = footnotes == null ? List.of() : List.copyOf(footnotes);
        attributed = attributed == null ? List.of() : List.copyOf(attributed);
    }

    /** An event tied to no actor beyond its own actors and targets. */
    public Event(String id, String date, List<String> actors, List<String> targets, String action, String cameo,
                 Double goldstein, String place, List<String> places, List<ProvisionRef> provisions,
                 List<String> agreements, String claimedBy, List<String> sources, List<String> footnotes,
                 Anchor anchor, String note) {
        this(id, date, actors, targets, action, cameo, goldstein, place, places, provisions, agreements, claimedBy,
            sources, footnotes, anchor, note, List.of());
    }
}
