package org.dossier.pkg.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.dossier.model.Actor;
import org.dossier.model.ActorKind;
import org.dossier.model.Agreement;
import org.dossier.model.Anchor;
import org.dossier.model.Claim;
import org.dossier.model.Event;
import org.dossier.model.Line;
import org.dossier.model.Place;
import org.dossier.model.Quantity;
import org.dossier.model.Relation;
import org.dossier.model.Source;
import org.dossier.model.Sourced;
import org.dossier.pkg.Dossier;
import org.dossier.pkg.EnumLabels;
import org.dossier.pkg.ResolvedAnchor;
import org.dossier.time.Edtf;

/**
 * Exports a package as JSON-LD: schema.org types where one fits (Person, Organization, Place,
 * Legislation, Event, CreativeWork, Claim, QuantitativeValue), the package's own for railway lines
 * and relations between agreements, {@code sameAs} the Wikidata entity where the package knows
 * it, and the package's own terms (anchors, CAMEO codes, claimants) under the {@code dossier:}
 * vocabulary. Ids are URNs of the package: {@code urn:dossier:PACKAGE:KIND:ID}.
 */
public final class JsonLdExport {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String WIKIDATA = "http://www.wikidata.org/entity/";

    private final Dossier dossier;
    private final String base;

    private JsonLdExport(Dossier dossier) {
        this.dossier = dossier;
        this.base = "urn:dossier:" + dossier.pkg().manifest().id() + ":";
    }

    public static ObjectNode of(Dossier dossier) {
        return new JsonLdExport(dossier).document();
    }

    private ObjectNode document() {
        ObjectNode doc = NODES.objectNode();
        ObjectNode ctx = doc.putObject("@context");
        ctx.put("@vocab", "https://schema.org/");
        ctx.put("dossier", "urn:dossier:vocab:");
        ctx.put("wd", WIKIDATA);
        ArrayNode graph = doc.putArray("@graph");
        dossier.pkg().sources().forEach(s -> graph.add(source(s)));
        dossier.pkg().actors().forEach(a -> graph.add(actor(a)));
        dossier.pkg().places().forEach(p -> graph.add(place(p)));
        dossier.pkg().lines().forEach(l -> graph.add(line(l)));
        dossier.pkg().agreements().forEach(a -> graph.add(agreement(a)));
        dossier.pkg().relations().forEach(r -> graph.add(relation(r)));
        dossier.pkg().events().forEach(e -> graph.add(event(e)));
        dossier.pkg().claims().forEach(c -> graph.add(claim(c)));
        dossier.pkg().quantities().forEach(q -> graph.add(quantity(q)));
        return doc;
    }

    private ObjectNode node(String kind, String id, String type, String name) {
        ObjectNode n = NODES.objectNode().put("@id", base + kind + ":" + id).put("@type", type);
        if (name != null) {
            n.put("name", name);
        }
        return n;
    }

    private ArrayNode refs(ObjectNode n, String property, String kind, List<String> ids) {
        ArrayNode a = n.putArray(property);
        ids.forEach(id -> a.addObject().put("@id", base + kind + ":" + id));
        return a;
    }

    private void ref(ObjectNode n, String property, String kind, String id) {
        if (id != null) {
            n.putObject(property).put("@id", base + kind + ":" + id);
        }
    }

    private void sameAs(ObjectNode n, Sourced wikidata) {
        if (wikidata != null && wikidata.value() != null) {
            n.put("sameAs", WIKIDATA + wikidata.value());
        }
    }

    private void anchors(ObjectNode n, List<Anchor> anchors) {
        if (anchors.isEmpty()) {
            return;
        }
        ArrayNode a = n.putArray("dossier:anchor");
        for (Anchor anchor : anchors) {
            ObjectNode o = a.addObject().put("@type", "dossier:TextQuoteSelector").put("dossier:exact", anchor.exact());
            o.put("dossier:prefix", anchor.prefix());
            o.put("dossier:suffix", anchor.suffix());
            o.put("dossier:page", dossier.findAnchor(anchor).map(ResolvedAnchor::page).orElse(anchor.page()));
        }
    }

    private ObjectNode source(Source s) {
        ObjectNode n = node("source", s.id(), "CreativeWork", s.title());
        n.put("author", s.author());
        n.put("publisher", s.publisher());
        n.put("dateCreated", s.date());
        anchors(n, s.anchor() == null ? List.of() : List.of(s.anchor()));
        return n;
    }

    private ObjectNode actor(Actor a) {
        String type = a.kind() == ActorKind.PERSON ? "Person"
            : a.kind() == ActorKind.STATE || a.kind() == ActorKind.GOVERNMENT || a.kind() == ActorKind.AUTHORITY
                ? "GovernmentOrganization" : "Organization";
        ObjectNode n = node("actor", a.id(), type, a.name());
        ArrayNode alt = n.putArray("alternateName");
        a.aliases().forEach(alt::add);
        if (a.kind() != null) {
            n.put("dossier:actorKind", EnumLabels.of(a.kind()));
        }
        ref(n, "parentOrganization", "actor", a.partOf());
        sameAs(n, a.wikidata());
        anchors(n, a.anchors());
        return n;
    }

    private ObjectNode place(Place p) {
        ObjectNode n = node("place", p.id(), "Place", p.name());
        ArrayNode alt = n.putArray("alternateName");
        p.aliases().forEach(alt::add);
        if (p.coordinates() != null) {
            n.putObject("geo").put("@type", "GeoCoordinates")
                .put("latitude", p.coordinates().lat()).put("longitude", p.coordinates().lon());
        }
        ref(n, "containedInPlace", "place", p.within());
        sameAs(n, p.wikidata());
        anchors(n, p.anchors());
        return n;
    }

    private ObjectNode agreement(Agreement a) {
        ObjectNode n = node("agreement", a.id(), "Legislation", a.name());
        if (a.kind() != null) {
            n.put("legislationType", EnumLabels.of(a.kind()));
        }
        n.put("legislationDate", a.signed());
        refs(n, "dossier:parties", "actor", a.parties());
        ref(n, "spatialCoverage", "place", a.place());
        ArrayNode provisions = n.putArray("hasPart");
        a.provisions().forEach(p -> provisions.addObject()
            .put("@id", base + "provision:" + a.id() + "#" + p.id()).put("@type", "Legislation")
            .put("legislationIdentifier", p.article()).put("dossier:deontic", p.kind() == null ? null : EnumLabels.of(p.kind())));
        anchors(n, a.anchors());
        return n;
    }

    private ObjectNode line(Line l) {
        ObjectNode n = node("line", l.id(), "dossier:RailwayLine", l.name());
        n.put("dossier:status", EnumLabels.of(l.status()));
        refs(n, "dossier:stations", "place", l.stations());
        ref(n, "dossier:partOf", "line", l.partOf());
        ref(n, "dossier:owner", "actor", l.owner());
        anchors(n, l.anchors());
        return n;
    }

    private ObjectNode relation(Relation r) {
        ObjectNode n = NODES.objectNode().put("@type", "dossier:Relation");
        if (r.id() != null) {
            n.put("@id", base + "relation:" + r.id());
        }
        n.put("dossier:relation", EnumLabels.of(r.type()));
        n.putObject("dossier:subject").put("@id", base + kindOf(r.subject()) + ":" + r.subject());
        n.putObject("dossier:object").put("@id", base + kindOf(r.object()) + ":" + r.object());
        n.put("dossier:date", r.date());
        anchors(n, r.anchor() == null ? List.of() : List.of(r.anchor()));
        return n;
    }

    /** The kind of item an id names where a field may name several kinds (agreement, provision, actor). */
    private String kindOf(String id) {
        if (id == null || id.contains("#")) {
            return "provision";
        }
        return dossier.names().findAgreement(id).filter(a -> a.id().equals(id)).isPresent() ? "agreement" : "actor";
    }

    private ObjectNode event(Event e) {
        ObjectNode n = node("event", e.id(), "Event", e.action());
        Edtf date = Edtf.parse(e.date());
        n.put("dossier:edtf", e.date());
        n.put("startDate", date.earliest() == null ? null : date.earliest().toString());
        n.put("endDate", date.latest() == null ? null : date.latest().toString());
        refs(n, "dossier:actors", "actor", e.actors());
        refs(n, "dossier:targets", "actor", e.targets());
        ref(n, "location", "place", e.place());
        n.put("dossier:cameo", e.cameo());
        ref(n, "dossier:claimedBy", "actor", e.claimedBy());
        anchors(n, e.anchor() == null ? List.of() : List.of(e.anchor()));
        return n;
    }

    private ObjectNode claim(Claim c) {
        ObjectNode n = node("claim", c.id(), "Claim", null);
        n.put("text", c.statement());
        ref(n, "author", "actor", c.claimant());
        n.put("dateCreated", c.date());
        anchors(n, c.anchor() == null ? List.of() : List.of(c.anchor()));
        return n;
    }

    private ObjectNode quantity(Quantity q) {
        ObjectNode n = node("quantity", q.id(), "QuantitativeValue", null);
        if (q.value() != null) {
            n.put("value", q.value());
        }
        if (q.low() != null) {
            n.put("minValue", q.low());
        }
        if (q.high() != null) {
            n.put("maxValue", q.high());
        }
        n.put("unitText", q.unit());
        n.put("description", q.measures());
        ref(n, "dossier:claimant", "actor", q.claimant());
        anchors(n, q.anchor() == null ? List.of() : List.of(q.anchor()));
        return n;
    }
}
