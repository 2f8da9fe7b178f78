package org.dossier.regime;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.dossier.model.Actor;
import org.dossier.model.Agreement;
import org.dossier.model.Claim;
import org.dossier.model.DossierPackage;
import org.dossier.model.Event;
import org.dossier.model.Line;
import org.dossier.model.Names;
import org.dossier.model.Place;
import org.dossier.model.Provision;
import org.dossier.model.ProvisionRef;
import org.dossier.model.Relation;
import org.dossier.model.Source;
import org.dossier.model.SourceKind;
import org.dossier.model.Succession;
import org.dossier.time.Edtf;

/**
 * A package indexed for reasoning: agreements, provisions, relations by object, successions and the
 * events that used each provision. Built once per package; every engine of this package reads it.
 * Immutable after construction except for a cache of parsed dates.
 */
public final class Regime {
    /** Bounds walks up partOf and within chains, so that a cycle in the data cannot hang a query. */
    static final int MAX_DEPTH = 16;

    private final DossierPackage pkg;
    private final Map<String, Agreement> agreements = new LinkedHashMap<>();
    private final Map<String, Provision> provisions = new LinkedHashMap<>();
    /** Keys and stated steps of provisions, by agreement id, in the agreement's order. */
    private final Map<String, String[]> keys = new HashMap<>();
    private final Map<String, Basis[]> stated = new HashMap<>();
    private final Map<String, Actor> actors = new HashMap<>();
    private final Map<String, Line> lines = new LinkedHashMap<>();
    private final Map<String, Place> places = new HashMap<>();
    private final Map<String, List<Relation>> relationsByObject = new HashMap<>();
    private final Map<String, List<Relation>> relationsBySubject = new HashMap<>();
    private final Map<String, List<Heir>> heirs = new HashMap<>();
    private final Map<String, ActorEntry> actorEntries = new HashMap<>();
    private final Map<String, List<Dated>> datedByObject = new HashMap<>();
    private final Map<Relation, Dated> dated = new IdentityHashMap<>();
    private final Map<String, ProvisionEntry[]> provisionEntries = new HashMap<>();
    private final Map<String, List<Precedent>> precedents = new HashMap<>();
    private final Map<String, Optional<Edtf>> dates = new ConcurrentHashMap<>();
    private final Map<String, List<Claim>> claims = new ConcurrentHashMap<>();
    private final Map<String, Optional<Period>> periods = new ConcurrentHashMap<>();
    private final Map<String, String> refAgreements = new HashMap<>();
    private final List<Agreement> agreementList;
    private final Optional<String> reportDate;

    /**
     * An actor that took over {@code predecessor}'s place under {@code succession}. The first day on which
     * the successor stands lies between {@code earliest} and {@code latest} (null: unbounded): the
     * succession's date, or for an undated one the window the package's evidence leaves (see
     * {@link Successions}).
     */
    record Heir(String successor, Succession succession, Basis step, LocalDate earliest, LocalDate latest) {

        /** Where {@code day} stands against the succession: before it, surely after it, or either side. */
        Within on(Edtf day) {
            return Within.of(day, earliest, latest);
        }
    }

    private Regime(DossierPackage pkg) {
        this.pkg = pkg;
        for (Agreement a : pkg.agreements()) {
            agreements.put(a.id(), a);
            String[] k = new String[a.provisions().size()];
            Basis[] b = new Basis[k.length];
            for (int i = 0; i < k.length; i++) {
                Provision p = a.provisions().get(i);
                k[i] = Names.provisionKey(a.id(), p.id());
                b[i] = Basis.of("provision", a.id(), k[i], null, p.text(), p.anchor());
                provisions.put(k[i], p);
            }
            keys.put(a.id(), k);
            stated.put(a.id(), b);
        }
        pkg.actors().forEach(a -> actors.put(a.id(), a));
        pkg.lines().forEach(l -> lines.put(l.id(), l));
        pkg.places().forEach(p -> places.put(p.id(), p));
        for (Relation r : pkg.relations()) {
            if (r.object() != null) {
                relationsByObject.computeIfAbsent(r.object(), k -> new ArrayList<>()).add(r);
            }
            for (String ref : new String[] {r.subject(), r.object()}) {
                if (ref != null) {
                    refAgreements.put(ref, agreementOf(ref));
                }
            }
            if (r.subject() != null) {
                relationsBySubject.computeIfAbsent(r.subject(), k -> new ArrayList<>()).add(r);
            }
        }
        for (Event e : pkg.events()) {
            for (ProvisionRef ref : e.provisions()) {
                if (ref.provision() != null) {
                    precedents.computeIfAbsent(ref.provision(), k -> new ArrayList<>()).add(new Precedent(e.id(),
                        e.date(), ref.provision(), ref.use(), e.actors(), e.action(), e.claimedBy(), e.anchor()));
                }
            }
        }
        agreementList = List.copyOf(agreements.values());
        reportDate = pkg.sources().stream().filter(s -> s.kind() == SourceKind.REPORT).map(Source::date)
            .filter(Objects::nonNull).findFirst();
        heirs.putAll(new Successions(this).heirs());
        Comparator<Precedent> byDate = Comparator.comparing(p -> date(p.date()).map(Edtf::earliest).orElse(null),
            Comparator.nullsLast(Comparator.naturalOrder()));
        precedents.values().forEach(list -> list.sort(byDate));
        indexActors();
        indexRelations();
        indexProvisions();
    }

    /** Each actor's chain of containers, end of existence and heirs, so that no question walks them again. */
    private void indexActors() {
        for (Actor a : pkg.actors()) {
            List<String> chain = new ArrayList<>();
            for (String cur = a.id(); cur != null && chain.size() < MAX_DEPTH && !chain.contains(cur); cur = parentOf(cur)) {
                chain.add(cur);
            }
            LocalDate until = date(a.until()).map(Edtf::latest).orElse(null);
            actorEntries.put(a.id(), new ActorEntry(chain, until, heirsOf(a.id())));
        }
    }

    private void indexRelations() {
        for (Relation r : pkg.relations()) {
            Agreement by = r.subject() == null ? null : agreements.get(agreementFor(r.subject()));
            Dated d = new Dated(r, whenTook(r, by), by);
            dated.put(r, d);
            if (r.object() != null) {
                datedByObject.computeIfAbsent(r.object(), k -> new ArrayList<>()).add(d);
            }
        }
    }

    private void indexProvisions() {
        for (Agreement a : pkg.agreements()) {
            ProvisionEntry[] out = new ProvisionEntry[a.provisions().size()];
            for (int i = 0; i < out.length; i++) {
                String key = keys.get(a.id())[i];
                out[i] = new ProvisionEntry(a.provisions().get(i), key, stated.get(a.id())[i], datedTo(key), precedents(key));
            }
            provisionEntries.put(a.id(), out);
        }
    }

    /** When a relation took effect: its own date, else the entry into force of the agreement it comes from. */
    private Optional<Edtf> whenTook(Relation r, Agreement by) {
        if (r.date() != null) {
            return date(r.date());
        }
        if (r.subject() == null) {
            return Optional.empty();
        }
        Optional<Edtf> fromAgreement = by == null ? Optional.empty() : date(Standings.start(by));
        // An actor's act without a date (Manchoukuo "made no attempt to repudiate") holds from when the actor existed.
        return fromAgreement.isPresent() ? fromAgreement : findActor(r.subject()).flatMap(a -> date(a.from()));
    }

    public static Regime of(DossierPackage pkg) {
        return new Regime(Objects.requireNonNull(pkg, "pkg"));
    }

    /** Which agreements and provisions were in force on a date. */
    public InForce inForce() {
        return new RelationalInForce(this);
    }

    /** Verdicts on actions, with trips resolved to lines by {@code routes}. */
    public Verdicts verdicts(RouteSections routes) {
        return new ProvisionVerdicts(this, Objects.requireNonNull(routes, "routes"));
    }

    /** Verdicts on actions, with trips resolved over the lines' station lists. */
    public Verdicts verdicts() {
        return verdicts(new StationRouteSections(this));
    }

    /** The dates that follow from terms. */
    public Terms terms() {
        return new TermDates(this);
    }

    /** Payments under the currency regimes. */
    public Payments payments() {
        return new RatePayments(this);
    }

    public DossierPackage pkg() {
        return pkg;
    }

    /** The EDTF value of a date in the data, or empty when missing or unreadable. */
    public Optional<Edtf> date(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        return dates.computeIfAbsent(text, Edtf::tryParse);
    }

    /** A period of the data (control, rate), or empty when missing or unreadable. */
    Optional<Period> period(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        return periods.computeIfAbsent(text, Period::parse);
    }

    public List<Agreement> agreements() {
        return agreementList;
    }

    /** The ids of the package's lines. */
    Set<String> lineIds() {
        return lines.keySet();
    }

    public Optional<Agreement> findAgreement(String id) {
        return Optional.ofNullable(agreements.get(id));
    }

    /** The key {@code agreement#provision} of a provision of {@code a}. */
    String keyOf(Agreement a, Provision p) {
        return keys.get(a.id())[position(a, p)];
    }

    /** Where {@code p} stands among {@code a}'s provisions, by identity: records compare every field. */
    private static int position(Agreement a, Provision p) {
        List<Provision> all = a.provisions();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i) == p) {
                return i;
            }
        }
        throw new IllegalArgumentException("provision " + p.id() + " is not of agreement " + a.id());
    }

    public Optional<Provision> findProvision(String key) {
        return Optional.ofNullable(provisions.get(key));
    }

    public Optional<Actor> findActor(String id) {
        return Optional.ofNullable(actors.get(id));
    }

    /** The relations whose object is {@code ref} (an agreement id or a provision key). */
    public List<Relation> relationsTo(String ref) {
        return relationsByObject.getOrDefault(ref, List.of());
    }

    /** The relations whose object is {@code ref}, with when each took effect. */
    List<Dated> datedTo(String ref) {
        return datedByObject.getOrDefault(ref, List.of());
    }

    /** {@code r} with when it took effect. */
    Dated dated(Relation r) {
        Dated d = dated.get(r);
        return d != null ? d : new Dated(r, whenTook(r, r.subject() == null ? null : agreements.get(agreementFor(r.subject()))), null);
    }

    /** The provisions of {@code a}, in its order, with their keys, steps, relations and precedents. */
    ProvisionEntry[] entries(Agreement a) {
        return provisionEntries.get(a.id());
    }

    /** What the questions need of {@code actor}, or null for an id that is no actor of the package. */
    ActorEntry actorEntry(String actor) {
        return actorEntries.get(actor);
    }

    /** The last day {@code actor} can have existed, or null when its existence is open-ended or unknown. */
    LocalDate until(String actor) {
        ActorEntry e = actorEntries.get(actor);
        return e == null ? null : e.until();
    }

    /** The relations whose subject is {@code ref} (an actor, agreement id or provision key). */
    public List<Relation> relationsFrom(String ref) {
        return relationsBySubject.getOrDefault(ref, List.of());
    }

    /** The events that used the provision {@code key}, earliest first. */
    public List<Precedent> precedents(String key) {
        return precedents.getOrDefault(key, List.of());
    }

    /**
     * The claims the report attributes about a provision: those about it, or about its agreement and an
     * event that used it; and the claims they answer or that answer them, so both sides of an exchange show.
     */
    public List<Claim> claimsAbout(String key) {
        return claims.computeIfAbsent(key, this::findClaimsAbout);
    }

    private List<Claim> findClaimsAbout(String key) {
        Set<String> events = new HashSet<>();
        precedents(key).forEach(p -> events.add(p.event()));
        String agreement = agreementOf(key);
        Map<String, Claim> out = new LinkedHashMap<>();
        for (Claim c : pkg.claims()) {
            if (c.about().contains(key) || (c.about().contains(agreement) && c.about().stream().anyMatch(events::contains))) {
                out.put(c.id(), c);
            }
        }
        for (Claim c : pkg.claims()) {
            boolean answersOne = c.answers() != null && out.containsKey(c.answers());
            boolean answeredByOne = out.values().stream().anyMatch(o -> c.id().equals(o.answers()));
            if (answersOne || answeredByOne) {
                out.putIfAbsent(c.id(), c);
            }
        }
        return List.copyOf(out.values());
    }

    List<Heir> heirsOf(String predecessor) {
        return heirs.getOrDefault(predecessor, List.of());
    }

    /** {@link #agreementOf}, remembered for the references the package's relations make. */
    String agreementFor(String ref) {
        String known = refAgreements.get(ref);
        return known != null ? known : agreementOf(ref);
    }

    /** The agreement part of a reference {@code agreement#provision} (or the reference itself). */
    public static String agreementOf(String ref) {
        int hash = ref.indexOf('#');
        return hash < 0 ? ref : ref.substring(0, hash);
    }

    /** The date of the report the package models: the default "now" of the questions it answers. */
    public Optional<String> reportDate() {
        return reportDate;
    }

    /**
     * Whether {@code actor} acts for {@code party} on {@code day}: it is the party, an organ or part
     * of it ({@code partOf}), or its successor that took over its obligations by then.
     */
    public boolean actsFor(String actor, String party, Edtf day) {
        if (actor.equals(party)) {
            return true;
        }
        ActorEntry e = actorEntries.get(actor);
        if (e != null && e.chain().contains(party)) {
            return true;
        }
        for (Heir h : heirsOf(party)) {
            if (h.succession().inheritsObligations() && succeededBy(h, day) && actsFor(actor, h.successor(), day)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the succession {@code h} had surely happened on {@code day}. */
    boolean succeededBy(Heir h, Edtf day) {
        return h.on(day) == Within.AFTER;
    }

    /**
     * {@code id} and everything that contains it: a line's railway ({@code partOf}), a place's
     * province and region ({@code within}), an actor's state ({@code partOf}).
     */
    public List<String> around(String id) {
        ActorEntry known = actorEntries.get(id);
        if (known != null && !lines.containsKey(id) && !places.containsKey(id)) {
            return known.chain();
        }
        List<String> out = new ArrayList<>();
        for (String cur = id; cur != null && out.size() < MAX_DEPTH && !out.contains(cur); cur = container(cur)) {
            out.add(cur);
        }
        return out;
    }

    private String container(String id) {
        if (lines.containsKey(id)) {
            return lines.get(id).partOf();
        }
        if (places.containsKey(id)) {
            return places.get(id).within();
        }
        return parentOf(id);
    }

    public Optional<Line> findLine(String id) {
        return Optional.ofNullable(lines.get(id));
    }

    public Optional<Place> findPlace(String id) {
        return Optional.ofNullable(places.get(id));
    }

    private String parentOf(String actor) {
        Actor a = actors.get(actor);
        return a == null ? null : a.partOf();
    }
}
