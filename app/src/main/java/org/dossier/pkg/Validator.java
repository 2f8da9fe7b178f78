package org.dossier.pkg;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.dossier.model.Actor;
import org.dossier.model.Agreement;
import org.dossier.model.Anchor;
import org.dossier.model.Claim;
import org.dossier.model.Coordinates;
import org.dossier.model.DossierPackage;
import org.dossier.model.Event;
import org.dossier.model.Figure;
import org.dossier.model.Line;
import org.dossier.model.Names;
import org.dossier.model.Place;
import org.dossier.model.Provision;
import org.dossier.model.Quantity;
import org.dossier.model.Rate;
import org.dossier.model.Relation;
import org.dossier.model.Source;
import org.dossier.model.UnknownNameException;
import org.dossier.pkg.Origins.Origin;
import org.dossier.pkg.Rules.Ref;
import org.dossier.pkg.Rules.Target;
import org.dossier.time.Edtf;
import org.dossier.time.EdtfException;

/**
 * Checks a package read from its files: required fields, EDTF dates, references by id, duplicate
 * ids, figures from elsewhere without a source, CAMEO codes and their weights. Walks every record,
 * however deeply nested, and reports each problem at the line of the record that holds it. Collects
 * the anchors it meets for the {@link AnchorIndex} to resolve.
 */
final class Validator {
    /** An anchor found in the package, with where it stands and which item it belongs to. */
    record Found(Anchor anchor, Origin origin, String item) {}

    private static final Map<Class<?>, RecordComponent[]> COMPONENTS = new ConcurrentHashMap<>();
    private static final double WEIGHT_TOLERANCE = 1e-9;

    private final DossierPackage pkg;
    private final Origins origins;
    private final Names names;
    private final CameoTable cameo;
    private final Set<String> footnotes;
    private final List<PackageIssue> issues;
    private final Map<Target, Set<String>> ids = new EnumMap<>(Target.class);
    private final List<Found> anchors = new ArrayList<>();
    private final Set<Target> incomplete = EnumSet.noneOf(Target.class);

    /** {@code footnotes}: the labels of the edition's footnotes, or null when there is no edition to check against. */
    Validator(DossierPackage pkg, Origins origins, Names names, CameoTable cameo, Set<String> footnotes,
              List<PackageIssue> issues) {
        this.pkg = pkg;
        this.origins = origins;
        this.names = names;
        this.cameo = cameo;
        this.footnotes = footnotes;
        this.issues = issues;
        ids.put(Target.ACTOR, idsOf(pkg.actors(), Actor::id));
        ids.put(Target.PLACE, idsOf(pkg.places(), Place::id));
        ids.put(Target.LINE, idsOf(pkg.lines(), Line::id));
        ids.put(Target.AGREEMENT, idsOf(pkg.agreements(), Agreement::id));
        ids.put(Target.SOURCE, idsOf(pkg.sources(), Source::id));
        ids.put(Target.CLAIM, idsOf(pkg.claims(), Claim::id));
        ids.put(Target.EVENT, idsOf(pkg.events(), Event::id));
        Set<String> provisions = new HashSet<>();
        for (Agreement a : pkg.agreements()) {
            for (Provision p : a.provisions()) {
                provisions.add(Names.provisionKey(a.id(), p.id()));
            }
        }
        ids.put(Target.PROVISION, provisions);
    }

    private static <T> Set<String> idsOf(List<T> items, Function<T, String> id) {
        Set<String> out = new HashSet<>();
        items.forEach(i -> out.add(id.apply(i)));
        return out;
    }

    /**
     * Marks kinds some items of which could not be read (their file has problems already reported),
     * so that references to them are not reported as unknown a second time.
     */
    Validator incomplete(Set<String> kinds) {
        Map<String, List<Target>> byKind = Map.of("actors", List.of(Target.ACTOR), "places", List.of(Target.PLACE),
            "lines", List.of(Target.LINE), "agreements", List.of(Target.AGREEMENT, Target.PROVISION),
            "sources", List.of(Target.SOURCE), "claims", List.of(Target.CLAIM), "events", List.of(Target.EVENT));
        kinds.forEach(k -> incomplete.addAll(byKind.getOrDefault(k, List.of())));
        return this;
    }

    /** Runs every check; returns the anchors met, to be resolved against the edition. */
    List<Found> validate() {
        visitItem(pkg.manifest());
        for (List<? extends Record> items : List.of(pkg.sources(), pkg.actors(), pkg.places(), pkg.lines(),
            pkg.agreements(), pkg.relations(), pkg.events(), pkg.claims(), pkg.quantities(), pkg.rates())) {
            duplicates(items);
            items.forEach(this::visitItem);
        }
        for (Agreement a : pkg.agreements()) {
            duplicates(a.provisions());
        }
        new SupersedesCycles(pkg.relations(), r -> origins.of(r, null), issues).report();
        return anchors;
    }

    private void duplicates(List<? extends Record> items) {
        Map<String, Origin> seen = new LinkedHashMap<>();
        for (Record item : items) {
            String id = idOf(item);
            if (id == null) {
                continue;
            }
            Origin at = origins.of(item, Origin.NOWHERE);
            Origin first = seen.putIfAbsent(id, at);
            if (first != null) {
                add(at, "duplicate " + PackageReader.label(item.getClass()) + " id '" + id + "' (first at "
                    + first.file() + ":" + first.line() + ")");
            }
        }
    }

    private void visitItem(Record item) {
        String id = idOf(item);
        String label = PackageReader.label(item.getClass()) + (id == null ? "" : " '" + id + "'");
        visit(item, origins.of(item, Origin.NOWHERE), label);
    }

    private void visit(Record r, Origin parent, String item) {
        Origin at = origins.of(r, parent);
        String type = r.getClass().getSimpleName();
        for (RecordComponent c : components(r.getClass())) {
            Object v = get(r, c);
            String key = type + "." + c.getName();
            if (Rules.required(r.getClass()).contains(c.getName()) && isMissing(v)) {
                add(at, item + ": missing required field '" + c.getName() + "'" + whereIn(r, item));
            }
            if (v instanceof String s) {
                checkValue(key, c.getName(), s, at, item);
            } else if (v instanceof List<?> list) {
                for (Object e : list) {
                    if (e instanceof String s) {
                        checkValue(key, c.getName(), s, at, item);
                    } else if (e instanceof Record nested) {
                        visit(nested, at, item);
                    }
                }
            } else if (v instanceof Record nested) {
                visit(nested, at, item);
            }
        }
        checkRecord(r, at, item);
    }

    private static String whereIn(Record r, String item) {
        String label = PackageReader.label(r.getClass());
        return item.startsWith(label) ? "" : " of its " + label;
    }

    private static boolean isMissing(Object v) {
        return v == null || (v instanceof String s && s.isBlank()) || (v instanceof List<?> l && l.isEmpty());
    }

    private void checkValue(String key, String field, String value, Origin at, String item) {
        if (Rules.DATES.contains(key)) {
            try {
                Edtf.parse(value);
            } catch (EdtfException e) {
                add(at, item + ": invalid EDTF date in '" + field + "': " + e.getMessage());
            }
        }
        Ref ref = Rules.REFERENCES.get(key);
        if (ref != null && !value.isBlank() && !resolves(ref, value)
            && ref.targets().stream().noneMatch(incomplete::contains)) {
            add(at, item + ": unknown " + targets(ref) + " '" + value + "' in '" + field + "'" + hint(ref, value));
        }
    }

    private boolean resolves(Ref ref, String value) {
        if (value.equals(ref.literal())
            || (ref.phrase() && value.contains(" "))
            || (ref.address() && (value.contains(":") || value.contains("/")))
            || (ref.edtf() && Edtf.tryParse(value).isPresent())) {
            return true;
        }
        for (Target t : ref.targets()) {
            if (t == Target.FOOTNOTE ? footnotes == null || footnotes.contains(value) : ids.get(t).contains(value)) {
                return true;
            }
        }
        return false;
    }

    private static String targets(Ref ref) {
        return String.join(" or ", ref.targets().stream().map(t -> t.name().toLowerCase()).sorted().toList());
    }

    /** Why a reference did not resolve: a name where an id belongs, or the nearest known ids. */
    private String hint(Ref ref, String value) {
        for (Target t : ref.targets()) {
            Optional<String> id = findByName(t, value);
            if (id.isPresent() && !id.get().equals(value)) {
                return "; '" + value + "' is a name: write the id '" + id.get() + "'";
            }
        }
        if (ref.targets().size() == 1) {
            List<String> near = suggestions(ref.targets().iterator().next(), value);
            if (!near.isEmpty()) {
                return "; did you mean " + String.join(", ", near) + "?";
            }
        }
        return "";
    }

    private Optional<String> findByName(Target t, String value) {
        return switch (t) {
            case ACTOR -> names.findActor(value).map(Actor::id);
            case PLACE -> names.findPlace(value).map(Place::id);
            case LINE -> names.findLine(value).map(Line::id);
            case AGREEMENT -> names.findAgreement(value).map(Agreement::id);
            case SOURCE -> names.findSource(value).map(Source::id);
            case EVENT -> names.findEvent(value).map(Event::id);
            default -> Optional.empty();
        };
    }

    private List<String> suggestions(Target t, String value) {
        try {
            switch (t) {
                case ACTOR -> names.actor(value);
                case PLACE -> names.place(value);
                case LINE -> names.line(value);
                case AGREEMENT -> names.agreement(value);
                case SOURCE -> names.source(value);
                case EVENT -> names.event(value);
                case PROVISION -> names.provision(value);
                default -> {
                    return List.of();
                }
            }
        } catch (UnknownNameException e) {
            return e.suggestions();
        }
        return List.of();
    }

    private void checkRecord(Record r, Origin at, String item) {
        if (r instanceof Anchor a) {
            anchors.add(new Found(a, at, item));
        } else if (r instanceof Figure f) {
            checkFigure(f, at, item);
        } else if (r instanceof Coordinates c
            && (Math.abs(c.lat()) > 90 || Math.abs(c.lon()) > 180 || (c.lat() == 0 && c.lon() == 0))) {
            add(at, item + ": coordinates " + c.lat() + ", " + c.lon() + " are not a place on earth "
                + "(lat -90…90, lon -180…180, both given)");
        } else if (r instanceof Event e) {
            fromReportOrElsewhere(e.anchor(), e.sources(), at, item);
            checkCameo(e, at, item);
        } else if (r instanceof Claim c) {
            fromReportOrElsewhere(c.anchor(), c.sources(), at, item);
        } else if (r instanceof Place p) {
            namedInReportOrSourced(Target.PLACE, p.anchors(), p.source(), at, item);
        } else if (r instanceof Actor a) {
            namedInReportOrSourced(Target.ACTOR, a.anchors(), a.source(), at, item);
        } else if (r instanceof Line l) {
            namedInReportOrSourced(Target.LINE, l.anchors(), l.source(), at, item);
        } else if (r instanceof Quantity q) {
            checkQuantity(q, at, item);
        }
    }

    private void checkFigure(Figure f, Origin at, String item) {
        if (f.anchor() == null && (f.source() == null || f.source().isBlank()) && !f.estimated()) {
            add(at, item + ": a figure needs an anchor (stated in the report) or a source (from elsewhere)");
        }
        if (f.estimated() && (f.note() == null || f.note().isBlank())) {
            add(at, item + ": an estimated figure needs a note saying how it was estimated");
        }
    }

    private void fromReportOrElsewhere(Anchor anchor, List<String> sources, Origin at, String item) {
        if (anchor == null && sources.isEmpty()) {
            add(at, item + ": needs an anchor (drawn from the report) or sources (from elsewhere)");
        }
    }

    // An item of a file that failed to read whole may have lost its anchors to the damage: say nothing.
    private void namedInReportOrSourced(Target kind, List<Anchor> anchors, String source, Origin at, String item) {
        if (!incomplete.contains(kind) && anchors.isEmpty() && (source == null || source.isBlank())) {
            add(at, item + ": needs anchors (named in the report) or a source (from elsewhere)");
        }
    }

    private void checkCameo(Event e, Origin at, String item) {
        if (e.cameo() == null) {
            if (e.goldstein() != null) {
                add(at, item + ": a goldstein weight without a CAMEO code");
            }
            return;
        }
        Optional<CameoCode> code = cameo.find(e.cameo());
        if (code.isEmpty()) {
            add(at, item + ": unknown CAMEO code '" + e.cameo() + "'"
                + (cameo.size() == 0 ? " (the package has no CAMEO table: name one as cameoTable in dossier.yaml)"
                    : " (not in the package's CAMEO table; write codes as quoted strings, e.g. \"0311\")"));
        } else if (e.goldstein() != null && Math.abs(e.goldstein() - code.get().goldstein()) > WEIGHT_TOLERANCE) {
            add(at, item + ": goldstein " + e.goldstein() + " disagrees with the CAMEO table, where "
                + e.cameo() + " (" + code.get().name() + ") weighs " + code.get().goldstein());
        }
    }

    private void checkQuantity(Quantity q, Origin at, String item) {
        boolean range = q.low() != null || q.high() != null;
        if (q.value() == null && !range) {
            add(at, item + ": needs a value, or low and high for a range");
        }
        if (range && (q.low() == null || q.high() == null)) {
            add(at, item + ": a range needs both low and high");
        } else if (range && q.low() > q.high()) {
            add(at, item + ": low " + q.low() + " is above high " + q.high());
        }
    }

    private void add(Origin at, String message) {
        issues.add(new PackageIssue(at.file(), at.line(), message));
    }

    static String idOf(Record r) {
        for (RecordComponent c : components(r.getClass())) {
            if (c.getName().equals("id") && c.getType() == String.class) {
                return (String) get(r, c);
            }
        }
        return null;
    }

    static RecordComponent[] components(Class<?> type) {
        return COMPONENTS.computeIfAbsent(type, Class::getRecordComponents);
    }

    static Object get(Record r, RecordComponent c) {
        try {
            return c.getAccessor().invoke(r);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + c.getName() + " of " + r.getClass().getSimpleName(), e);
        }
    }
}
