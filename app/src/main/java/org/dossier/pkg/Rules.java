package org.dossier.pkg;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the format requires beyond the shape of its records: which components must be given, which
 * hold EDTF dates, and which name other items by id. Keyed {@code Record.component}; the validator
 * and the JSON Schema both read these tables, so the two cannot disagree.
 */
final class Rules {
    /** The kinds of item a reference can name. */
    enum Target { ACTOR, PLACE, LINE, AGREEMENT, PROVISION, SOURCE, CLAIM, EVENT, FOOTNOTE }

    /**
     * A reference: the kinds it may name; {@code phrase} when a value with a space is free text (a
     * basis such as "right of conquest"), {@code address} when a value with ':' or '/' is an address,
     * {@code edtf} when a valid EDTF date is accepted instead, {@code literal} a word with a fixed meaning.
     */
    record Ref(Set<Target> targets, boolean phrase, boolean address, boolean edtf, String literal) {
        static Ref to(Target... targets) {
            return new Ref(Set.of(targets), false, false, false, null);
        }

        Ref orPhrase() {
            return new Ref(targets, true, address, edtf, literal);
        }

        Ref orAddress() {
            return new Ref(targets, phrase, true, edtf, literal);
        }

        Ref orDate() {
            return new Ref(targets, phrase, address, true, literal);
        }

        Ref or(String word) {
            return new Ref(targets, phrase, address, edtf, word);
        }
    }

    static final Map<String, List<String>> REQUIRED = Map.ofEntries(
        Map.entry("Manifest", List.of("id", "title", "document", "documentSha256")),
        Map.entry("Source", List.of("id", "kind", "title")),
        Map.entry("Actor", List.of("id", "name", "kind")),
        Map.entry("Place", List.of("id", "name", "kind")),
        Map.entry("Line", List.of("id", "name", "status")),
        Map.entry("Section", List.of("from", "to")),
        Map.entry("Control", List.of("controller", "kind")),
        Map.entry("Agreement", List.of("id", "name", "kind")),
        Map.entry("Provision", List.of("id", "kind")),
        Map.entry("Condition", List.of("kind")),
        Map.entry("Reading", List.of("by", "holds")),
        Map.entry("Relation", List.of("type", "subject", "object")),
        Map.entry("Event", List.of("id", "date", "actors", "action")),
        Map.entry("ProvisionRef", List.of("provision", "use")),
        Map.entry("Attribution", List.of("actor", "kind", "anchor")),
        Map.entry("Claim", List.of("id", "claimant", "statement")),
        Map.entry("Quantity", List.of("id", "unit", "measures", "anchor")),
        Map.entry("Rate", List.of("id", "name")),
        Map.entry("Succession", List.of("predecessor")),
        Map.entry("Anchor", List.of("exact", "page")),
        Map.entry("Sourced", List.of("value", "source")),
        Map.entry("Coordinates", List.of("source")));

    static final Set<String> DATES = Set.of(
        "Actor.from", "Actor.until", "Agreement.signed", "Agreement.inForceFrom", "Agreement.inForceUntil",
        "Control.period", "Event.date", "Claim.date", "Quantity.date", "Rate.period", "Relation.date",
        "Succession.date", "Source.date");

    static final Map<String, Ref> REFERENCES = Map.ofEntries(
        Map.entry("Actor.partOf", Ref.to(Target.ACTOR)),
        Map.entry("Succession.predecessor", Ref.to(Target.ACTOR)),
        Map.entry("Place.within", Ref.to(Target.PLACE)),
        Map.entry("Line.partOf", Ref.to(Target.LINE)),
        Map.entry("Line.stations", Ref.to(Target.PLACE)),
        Map.entry("Line.owner", Ref.to(Target.ACTOR)),
        Map.entry("Section.from", Ref.to(Target.PLACE)),
        Map.entry("Section.to", Ref.to(Target.PLACE)),
        Map.entry("Control.controller", Ref.to(Target.ACTOR)),
        Map.entry("Control.from", Ref.to(Target.PLACE)),
        Map.entry("Control.to", Ref.to(Target.PLACE)),
        Map.entry("Control.basis", Ref.to(Target.AGREEMENT, Target.EVENT).orPhrase()),
        Map.entry("Control.claimedBy", Ref.to(Target.ACTOR)),
        Map.entry("Agreement.parties", Ref.to(Target.ACTOR)),
        Map.entry("Agreement.place", Ref.to(Target.PLACE)),
        Map.entry("Agreement.partOf", Ref.to(Target.AGREEMENT)),
        Map.entry("Agreement.citedIn", Ref.to(Target.SOURCE)),
        Map.entry("Provision.bearers", Ref.to(Target.ACTOR).or("parties")),
        Map.entry("Provision.counterparties", Ref.to(Target.ACTOR).or("parties")),
        Map.entry("Provision.scope", Ref.to(Target.LINE, Target.PLACE)),
        Map.entry("Condition.actor", Ref.to(Target.ACTOR)),
        Map.entry("Reading.by", Ref.to(Target.ACTOR)),
        Map.entry("Reading.event", Ref.to(Target.EVENT)),
        Map.entry("Term.from", Ref.to(Target.EVENT).orDate()),
        Map.entry("Relation.subject", Ref.to(Target.AGREEMENT, Target.PROVISION, Target.ACTOR)),
        Map.entry("Relation.object", Ref.to(Target.AGREEMENT, Target.PROVISION)),
        Map.entry("Relation.pending", Ref.to(Target.AGREEMENT, Target.EVENT).orPhrase()),
        Map.entry("Event.actors", Ref.to(Target.ACTOR)),
        Map.entry("Event.targets", Ref.to(Target.ACTOR)),
        Map.entry("Event.place", Ref.to(Target.PLACE)),
        Map.entry("Event.places", Ref.to(Target.PLACE)),
        Map.entry("Event.agreements", Ref.to(Target.AGREEMENT)),
        Map.entry("Event.claimedBy", Ref.to(Target.ACTOR)),
        Map.entry("Event.sources", Ref.to(Target.SOURCE)),
        Map.entry("Event.footnotes", Ref.to(Target.FOOTNOTE)),
        Map.entry("ProvisionRef.provision", Ref.to(Target.PROVISION)),
        Map.entry("Attribution.actor", Ref.to(Target.ACTOR)),
        Map.entry("Attribution.claimedBy", Ref.to(Target.ACTOR)),
        Map.entry("Claim.claimant", Ref.to(Target.ACTOR)),
        Map.entry("Claim.about", Ref.to(Target.EVENT, Target.ACTOR, Target.AGREEMENT, Target.PROVISION,
            Target.PLACE, Target.LINE, Target.CLAIM)),
        Map.entry("Claim.answers", Ref.to(Target.CLAIM)),
        Map.entry("Claim.sources", Ref.to(Target.SOURCE)),
        Map.entry("Claim.footnotes", Ref.to(Target.FOOTNOTE)),
        Map.entry("Source.footnotes", Ref.to(Target.FOOTNOTE)),
        Map.entry("Quantity.claimant", Ref.to(Target.ACTOR)),
        Map.entry("Rate.demandedBy", Ref.to(Target.ACTOR)),
        Map.entry("Rate.agreedBy", Ref.to(Target.ACTOR)),
        Map.entry("Rate.agreement", Ref.to(Target.AGREEMENT)),
        Map.entry("Figure.source", Ref.to(Target.SOURCE).orAddress()),
        Map.entry("Sourced.source", Ref.to(Target.SOURCE).orAddress()),
        Map.entry("Coordinates.source", Ref.to(Target.SOURCE).orAddress()));

    private Rules() {}

    static List<String> required(Class<?> type) {
        return REQUIRED.getOrDefault(type.getSimpleName(), List.of());
    }
}
