package org.dossier.pkg.export;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dossier.model.Actor;
import org.dossier.model.ActorKind;
import org.dossier.model.Anchor;
import org.dossier.model.DossierPackage;
import org.dossier.model.Place;
import org.dossier.model.Quantity;
import org.dossier.pkg.Dossier;
import org.dossier.pkg.views.Figures;
import org.dossier.restore.Footnote;
import org.dossier.restore.Paragraph;
import org.dossier.time.Edtf;

/**
 * Exports the restored text as TEI P5: paragraphs with page breaks, footnotes as notes, and at each
 * anchor the item it stands for: {@code persName}/{@code orgName} for actors, {@code placeName} for
 * places, {@code date when} (or {@code notBefore}/{@code notAfter}) for events, {@code measure} for
 * quantities, {@code name} for agreements and lines, {@code seg type="claim"} for claims. Anchors
 * that cross one another cannot both be tagged in XML: names win over event dates, dates over
 * measures, agreement names and claims; the document ends with a comment counting those left out.
 */
public final class TeiExport {
    private static final String NS = "http://www.tei-c.org/ns/1.0";

    /** A tag to wrap around {@code [start, end)} of a unit; a lower {@code rank} is kept first when tags cross. */
    private record Tag(String unit, int start, int end, int rank, String open, String close) {
        boolean crosses(Tag o) {
            return (start < o.start && o.start < end && end < o.end) || (o.start < start && start < o.end && o.end < end);
        }
    }

    /** Names first (short, they nest inside the rest), then event dates, measures, agreement names, claims. */
    private static final List<String> RANK = List.of("persName", "orgName", "placeName", "date", "measure", "name", "seg");

    private int untagged;

    private final Dossier dossier;
    private final Map<String, List<Tag>> byUnit = new HashMap<>();

    private TeiExport(Dossier dossier) {
        this.dossier = dossier;
    }

    public static String of(Dossier dossier) {
        TeiExport t = new TeiExport(dossier);
        t.collect();
        return t.write();
    }

    private void collect() {
        DossierPackage p = dossier.pkg();
        for (Actor a : p.actors()) {
            String el = a.kind() == ActorKind.PERSON ? "persName" : "orgName";
            a.anchors().forEach(x -> tag(x, el, "ref=\"#actor." + attr(a.id()) + "\""));
        }
        for (Place pl : p.places()) {
            pl.anchors().forEach(x -> tag(x, "placeName", "ref=\"#place." + attr(pl.id()) + "\""));
        }
        p.lines().forEach(l -> l.anchors().forEach(x -> tag(x, "name", "type=\"railway\" key=\"" + attr(l.id()) + "\"")));
        p.agreements().forEach(a -> a.anchors().forEach(x -> tag(x, "name", "type=\"agreement\" key=\"" + attr(a.id()) + "\"")));
        p.events().forEach(e -> tag(e.anchor(), "date", dateAttributes(e.date()) + " ana=\"#event." + attr(e.id()) + "\""));
        p.quantities().forEach(q -> tag(q.anchor(), "measure", measureAttributes(q)));
        p.claims().forEach(c -> tag(c.anchor(), "seg", "type=\"claim\" ana=\"#claim." + attr(c.id()) + "\""));
    }

    private static String dateAttributes(String edtf) {
        Edtf d = Edtf.parse(edtf);
        if (d.isDay()) {
            return "when=\"" + d.earliest() + "\"";
        }
        StringBuilder sb = new StringBuilder();
        if (d.earliest() != null) {
            sb.append("notBefore=\"").append(d.earliest()).append('"');
        }
        if (d.latest() != null) {
            sb.append(sb.length() > 0 ? " " : "").append("notAfter=\"").append(d.latest()).append('"');
        }
        return sb.toString();
    }

    private static String measureAttributes(Quantity q) {
        StringBuilder sb = new StringBuilder();
        if (q.value() != null) {
            sb.append("quantity=\"").append(Figures.number(q.value())).append("\" ");
        }
        sb.append("unit=\"").append(attr(q.unit())).append("\" ana=\"#quantity.").append(attr(q.id())).append('"');
        return sb.toString();
    }

    private void tag(Anchor anchor, String element, String attributes) {
        dossier.findAnchor(anchor).ifPresent(r -> byUnit.computeIfAbsent(r.unit(), k -> new ArrayList<>())
            .add(new Tag(r.unit(), r.start(), r.end(), RANK.indexOf(element), "<" + element + " " + attributes + ">",
                "</" + element + ">")));
    }

    private String write() {
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append("<TEI xmlns=\"").append(NS).append("\">\n");
        header(out);
        out.append("  <text>\n    <body>\n");
        int page = Integer.MIN_VALUE;
        for (Paragraph p : dossier.edition().paragraphs()) {
            if (p.page() != page) {
                page = p.page();
                out.append("      <pb n=\"").append(page).append("\"/>\n");
            }
            out.append("      <p xml:id=\"").append(attr(p.id())).append("\">").append(tagged(p.id(), p.text()))
                .append("</p>\n");
        }
        out.append("    </body>\n    <back>\n      <div type=\"notes\">\n");
        for (Footnote f : dossier.edition().footnotes()) {
            out.append("        <note xml:id=\"").append(attr(f.id())).append("\" n=\"").append(attr(f.label()))
                .append("\" place=\"foot\">").append(tagged(f.id(), f.text())).append("</note>\n");
        }
        out.append("      </div>\n    </back>\n  </text>\n");
        if (untagged > 0) {
            out.append("<!-- ").append(untagged).append(untagged == 1 ? " anchor is" : " anchors are")
                .append(" not tagged: each crosses a tagged one -->\n");
        }
        out.append("</TEI>\n");
        return out.toString();
    }

    private void header(StringBuilder out) {
        DossierPackage p = dossier.pkg();
        out.append("  <teiHeader>\n    <fileDesc>\n      <titleStmt><title>").append(text(p.manifest().title()))
            .append("</title></titleStmt>\n      <publicationStmt><p>Restored and annotated by Dossier from package ")
            .append(text(p.manifest().id())).append("</p></publicationStmt>\n      <sourceDesc><p>")
            .append(text(p.manifest().document())).append(" (SHA-256 ").append(text(p.manifest().documentSha256()))
            .append(")</p></sourceDesc>\n    </fileDesc>\n    <profileDesc>\n      <particDesc>\n        <listPerson>\n");
        for (Actor a : p.actors()) {
            if (a.kind() == ActorKind.PERSON) {
                out.append("          <person xml:id=\"actor.").append(attr(a.id())).append("\"><persName>")
                    .append(text(a.name())).append("</persName></person>\n");
            }
        }
        out.append("        </listPerson>\n        <listOrg>\n");
        for (Actor a : p.actors()) {
            if (a.kind() != ActorKind.PERSON) {
                out.append("          <org xml:id=\"actor.").append(attr(a.id())).append("\"><orgName>")
                    .append(text(a.name())).append("</orgName></org>\n");
            }
        }
        out.append("        </listOrg>\n      </particDesc>\n      <settingDesc>\n        <listPlace>\n");
        for (Place pl : p.places()) {
            out.append("          <place xml:id=\"place.").append(attr(pl.id())).append("\"><placeName>")
                .append(text(pl.name())).append("</placeName>");
            if (pl.coordinates() != null) {
                out.append("<location><geo>").append(pl.coordinates().lat()).append(' ').append(pl.coordinates().lon())
                    .append("</geo></location>");
            }
            out.append("</place>\n");
        }
        out.append("        </listPlace>\n      </settingDesc>\n    </profileDesc>\n  </teiHeader>\n");
    }

    /** The tags of a unit that nest: by rank, each kept unless it crosses one kept before. */
    private List<Tag> nesting(String unit) {
        List<Tag> all = new ArrayList<>(byUnit.getOrDefault(unit, List.of()));
        all.sort(Comparator.comparingInt(Tag::rank).thenComparingInt(Tag::start));
        List<Tag> kept = new ArrayList<>();
        for (Tag t : all) {
            if (kept.stream().anyMatch(t::crosses)) {
                untagged++;
            } else {
                kept.add(t);
            }
        }
        return kept;
    }

    /** The unit's text with its tags, nested. */
    private String tagged(String unit, String text) {
        List<Tag> tags = nesting(unit);
        tags.sort(Comparator.comparingInt(Tag::start).thenComparing(Comparator.comparingInt(Tag::end).reversed()));
        StringBuilder out = new StringBuilder();
        Deque<Tag> open = new ArrayDeque<>();
        int pos = 0;
        for (Tag t : tags) {
            while (!open.isEmpty() && open.peek().end() <= t.start()) {
                Tag done = open.pop();
                out.append(text(text.substring(pos, done.end()))).append(done.close());
                pos = done.end();
            }
            out.append(text(text.substring(pos, t.start()))).append(t.open());
            pos = t.start();
            open.push(t);
        }
        while (!open.isEmpty()) {
            Tag done = open.pop();
            out.append(text(text.substring(pos, done.end()))).append(done.close());
            pos = done.end();
        }
        return out.append(text(text.substring(pos))).toString();
    }

    private static String text(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String attr(String s) {
        return text(s).replace("\"", "&quot;");
    }
}
