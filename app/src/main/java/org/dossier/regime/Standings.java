package org.dossier.regime;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.Agreement;
import org.dossier.model.AgreementStatus;
import org.dossier.model.Anchor;
import org.dossier.model.Figure;
import org.dossier.model.Relation;
import org.dossier.model.RelationKind;
import org.dossier.regime.InForceAnswer.PossibleSuccession;
import org.dossier.regime.Standing.State;
import org.dossier.time.Edtf;

/**
 * Decides whether an agreement was in force on a date and whom it bound, following the relations in
 * the data: entry into force, stated term and end, prolongation, supersession, repudiation by a
 * party, reaffirmation by a later agreement, acquiescence, and succession of governments.
 */
final class Standings {
    /** Reaffirmations can chain (a treaty reaffirmed by a convention reaffirmed by a protocol). */
    private static final int MAX_CHAIN = 4;

    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*years?");

    private final Regime regime;
    /** By identity: looked up for every agreement of every question, where hashing and comparing ids showed. */
    private final Map<Agreement, Fixed> fixed = new IdentityHashMap<>();

    Standings(Regime regime) {
        this.regime = regime;
        regime.agreements().forEach(a -> fixed.put(a, computeFixed(a)));
    }

    Standing of(Agreement a, Edtf day) {
        return of(a, day, new HashMap<>());
    }

    /** Where {@code a} stood on {@code day}, remembering in {@code memo} what one question already decided. */
    Standing of(Agreement a, Edtf day, Map<String, Standing> memo) {
        return of(a, day, 0, memo);
    }

    private Standing of(Agreement a, Edtf day, int depth, Map<String, Standing> memo) {
        Standing known = memo.get(a.id());
        if (known != null) {
            return known;
        }
        Standing s = decide(a, day, depth, memo);
        memo.put(a.id(), s);
        return s;
    }

    /** What depends on the agreement alone: its start, the step that shows it, and its fixed ends. */
    private record Fixed(String startText, Optional<Edtf> start, Basis from, List<End> ends, Standing notYet) {}

    private Fixed fixed(Agreement a) {
        Fixed f = fixed.get(a);
        // An agreement that is not the package's own (a caller's copy) is worked out on the spot.
        return f != null ? f : computeFixed(a);
    }

    private Fixed computeFixed(Agreement a) {
        String startText = start(a);
        Optional<Edtf> start = regime.date(startText);
        Basis from = Basis.of("in-force-from", a.id(), null, startText, describeStart(a), first(a.anchors()));
        Standing notYet = new Standing(State.NOT_YET, a.parties(), List.of(from), "not yet in force: it dates from " + startText);
        return new Fixed(startText, start, from, start.map(st -> fixedEnds(a, st)).orElse(List.of()), notYet);
    }

    private Standing decide(Agreement a, Edtf day, int depth, Map<String, Standing> memo) {
        if (a.status() != null && a.status() != AgreementStatus.CONCLUDED) {
            return new Standing(State.NOT_CONCLUDED, a.parties(), List.of(),
                "only " + a.status().name().toLowerCase() + ", never concluded according to the package");
        }
        Fixed f = fixed(a);
        if (f.start().isEmpty()) {
            return new Standing(State.INDETERMINATE, a.parties(), List.of(), f.startText() == null
                ? "the package gives no date of signature or entry into force for " + a.id()
                : "the date '" + f.startText() + "' of " + a.id() + " is not EDTF");
        }
        Within started = Within.of(day, f.start().get());
        if (started == Within.BEFORE) {
            return f.notYet();
        }
        List<Basis> because = new ArrayList<>();
        because.add(f.from());
        switch (started) {
            case STRADDLES:
                return new Standing(State.INDETERMINATE, a.parties(), because, "the date " + day
                    + " straddles the entry into force of " + a.id() + " (" + f.startText() + ")");
            default:
                break;
        }
        Optional<Standing> ended = ended(a, f, day, because);
        if (ended.isPresent()) {
            return ended.get();
        }
        return parties(a, day, because, depth, memo);
    }

    static String start(Agreement a) {
        return a.inForceFrom() != null ? a.inForceFrom() : a.signed();
    }

    private static String describeStart(Agreement a) {
        return a.inForceFrom() != null && !a.inForceFrom().equals(a.signed())
            ? "in force from " + a.inForceFrom() + (a.signed() == null ? "" : " (signed " + a.signed() + ")")
            : "signed " + a.signed();
    }

    /** The first reason the agreement had surely ended (or may have) by {@code day}. */
    private Optional<Standing> ended(Agreement a, Fixed f, Edtf day, List<Basis> because) {
        List<End> ends = new ArrayList<>();
        latestProlongation(a, day).ifPresentOrElse(r -> ends.add(prolongedEnd(a, r)), () -> ends.addAll(f.ends().subList(0, 1)));
        ends.addAll(f.ends().subList(1, f.ends().size()));
        for (End end : ends) {
            Within w = Within.of(day, end.from(), end.to());
            if (w == Within.AFTER) {
                because.add(end.basis());
                return Optional.of(new Standing(State.ENDED, a.parties(), because, end.basis().text()));
            }
            if (w == Within.STRADDLES) {
                because.add(end.basis());
                return Optional.of(new Standing(State.INDETERMINATE, a.parties(), because,
                    "the date " + day + " straddles the end of " + a.id() + ": " + end.basis().text()));
            }
            if (end.basis().role().equals("prolonged")) {
                because.add(end.basis());
            }
        }
        return Optional.empty();
    }

    /** A first day on which the agreement no longer held, known to lie between {@code from} and {@code to}. */
    private record End(LocalDate from, LocalDate to, Basis basis) {}

    private static final End NEVER = new End(LocalDate.MAX, LocalDate.MAX, Basis.of("no-end", null, null, null, null, null));

    /**
     * The ends that do not depend on the day: first the agreement's own end (until, or term; a
     * placeholder that never comes when it has neither, so that a prolongation can take its place),
     * then supersessions and abrogations.
     */
    private List<End> fixedEnds(Agreement a, Edtf start) {
        List<End> ends = new ArrayList<>();
        Optional<Edtf> until = regime.date(a.inForceUntil());
        Long years = years(a.term());
        if (until.isPresent()) {
            Edtf u = until.get();
            ends.add(new End(plusDay(u.earliest()), plusDay(u.latest()), Basis.of("in-force-until", a.id(), null,
                a.inForceUntil(), "in force until " + a.inForceUntil(), first(a.anchors()))));
        } else if (years != null && start.earliest() != null && start.latest() != null) {
            ends.add(new End(start.earliest().plusYears(years), start.latest().plusYears(years),
                Basis.of("term", a.id(), null, null, "concluded for a term of " + years + " years, counted from "
                    + start(a), a.term().anchor())));
        } else {
            ends.add(NEVER);
        }
        for (Relation r : regime.relationsTo(a.id())) {
            if (r.type() == RelationKind.SUPERSEDES || r.type() == RelationKind.ABROGATES) {
                String verb = r.type() == RelationKind.SUPERSEDES ? "superseded" : "abrogated";
                Optional<Edtf> when = relationDate(r);
                Basis b = Basis.of(verb, regime.agreementFor(r.subject()), null, r.date(), verb + " by " + r.subject()
                    + (r.date() == null ? ", at a date the package does not give" : " on " + r.date()), r.anchor());
                // Undated, it happened after the agreement began and before the report that tells of it.
                LocalDate latest = when.map(Edtf::latest)
                    .orElseGet(() -> regime.reportDate().flatMap(regime::date).map(Edtf::latest).orElse(null));
                ends.add(new End(when.map(Edtf::earliest).orElse(start.earliest()), latest, b));
            }
        }
        return List.copyOf(ends);
    }

    /**
     * Where a prolongation or renewal ends: at its {@code to} date, or after its {@code to} duration
     * ("1 year") or else the agreement's own term counted from the prolongation; without either, the
     * report gives no end.
     */
    private End prolongedEnd(Agreement a, Relation r) {
        Basis b = Basis.of("prolonged", regime.agreementFor(r.subject()), null, r.date(),
            r.type().name().toLowerCase() + " on " + r.date() + (r.to() == null ? "" : ", to " + r.to()), r.anchor());
        Optional<Edtf> to = regime.date(r.to());
        if (to.isPresent() && to.get().earliest() != null && to.get().latest() != null) {
            return new End(to.get().earliest().plusDays(1), to.get().latest().plusDays(1), b);
        }
        Long years = durationYears(r.to());
        if (years == null) {
            years = years(a.term());
        }
        Optional<Edtf> from = relationDate(r);
        if (years != null && from.isPresent() && from.get().earliest() != null && from.get().latest() != null) {
            return new End(from.get().earliest().plusYears(years), from.get().latest().plusYears(years), b);
        }
        return new End(LocalDate.MAX, LocalDate.MAX, b);
    }

    /** "1 year", "10 years" as a number of years, or null. */
    static Long durationYears(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = DURATION.matcher(text.trim().toLowerCase());
        return m.matches() ? Long.parseLong(m.group(1)) : null;
    }

    private Optional<Relation> latestProlongation(Agreement a, Edtf day) {
        Dated best = null;
        for (Dated d : regime.datedTo(a.id())) {
            RelationKind type = d.relation().type();
            if ((type == RelationKind.PROLONGS || type == RelationKind.RENEWS) && d.took(day, false)
                && (best == null || d.when().get().earliest().isAfter(best.when().get().earliest()))) {
                best = d;
            }
        }
        return best == null ? Optional.empty() : Optional.of(best.relation());
    }

    /** When a relation took effect: its own date, else the entry into force of the agreement it comes from. */
    Optional<Edtf> relationDate(Relation r) {
        return regime.dated(r).when();
    }

    private Standing parties(Agreement a, Edtf day, List<Basis> because, int depth, Map<String, Standing> memo) {
        // A handful of parties: a list that skips repeats costs less than a set.
        List<String> parties = new ArrayList<>(4);
        List<PossibleSuccession> maybe = new ArrayList<>(0);
        for (String p : a.parties()) {
            addNew(parties, heirs(p, day, because, maybe));
        }
        List<String> repudiators = new ArrayList<>(0);
        for (Dated d : regime.datedTo(a.id())) {
            Relation r = d.relation();
            if (r.subject() == null || !d.took(day, true)) {
                continue;
            }
            if (r.type() == RelationKind.REPUDIATES) {
                if (parties.removeIf(p -> regime.actsFor(p, r.subject(), day) || regime.actsFor(r.subject(), p, day))) {
                    repudiators.add(r.subject());
                    because.add(d.step());
                }
            } else if (r.type() == RelationKind.ACQUIESCES_IN && regime.findActor(r.subject()).isPresent()) {
                addNew(parties, List.of(r.subject()));
                because.add(d.step());
            }
        }
        addNew(parties, reaffirmers(a.id(), day, because, depth, memo));
        if (a.parties().size() >= 2 && parties.size() < 2) {
            return new Standing(State.ENDED, parties, because, "repudiated by " + String.join(", ", repudiators), maybe);
        }
        return new Standing(State.IN_FORCE, parties, because, null, maybe);
    }

    private static void addNew(List<String> into, Collection<String> more) {
        for (String m : more) {
            if (!into.contains(m)) {
                into.add(m);
            }
        }
    }

    /**
     * The parties of later agreements in force on {@code day} that reaffirmed {@code ref} (an agreement or a
     * provision) or kept it in force pending something, with the steps that show it.
     */
    Set<String> reaffirmers(String ref, Edtf day, List<Basis> because, int depth, Map<String, Standing> memo) {
        List<Dated> relations = regime.datedTo(ref);
        if (depth >= MAX_CHAIN || relations.isEmpty()) {
            return Set.of();
        }
        Set<String> out = new LinkedHashSet<>();
        for (Dated d : relations) {
            Relation r = d.relation();
            if (r.type() != RelationKind.REAFFIRMS && r.type() != RelationKind.REMAINS_IN_FORCE_PENDING || d.by() == null) {
                continue;
            }
            Optional<Agreement> by = Optional.of(d.by());
            if (by.get().id().equals(regime.agreementFor(ref))) {
                continue;
            }
            Standing s = of(by.get(), day, depth + 1, memo);
            if (s.inForce()) {
                out.addAll(s.parties());
                because.add(d.step());
            }
        }
        return out;
    }

    /**
     * Who stood for {@code party} on {@code day}: itself while it existed; once succeeded, the successors
     * that took over its obligations (none when the successor did not, as the Soviet government did not
     * take over the Tsarist treaties wholesale); none once it had surely ceased to exist. Where the
     * succession may or may not have happened by then, the predecessor still stands and the possible
     * succession is added to {@code maybe}.
     */
    List<String> heirs(String party, Edtf day, List<Basis> because, List<PossibleSuccession> maybe) {
        ActorEntry entry = regime.actorEntry(party);
        if (entry != null && entry.heirs().isEmpty()) {
            // Most actors were never succeeded: they stand for themselves while they exist.
            return ceased(entry.until(), day) ? List.of() : List.of(party);
        }
        List<String> out = new ArrayList<>();
        boolean replaced = false;
        for (Regime.Heir h : regime.heirsOf(party)) {
            Within w = h.on(day);
            if (w == Within.STRADDLES) {
                maybe.add(new PossibleSuccession(party, h.successor(), h.succession().inheritsObligations(),
                    h.step().text(), h.succession().anchor()));
                because.add(Basis.of("may-have-succeeded", null, null, h.succession().date(),
                    h.successor() + " may have succeeded " + party + " by " + day.text() + ": " + h.step().text(),
                    h.succession().anchor()));
            }
            if (w != Within.AFTER) {
                continue;
            }
            replaced = true;
            because.add(h.step());
            if (h.succession().inheritsObligations()) {
                out.addAll(heirs(h.successor(), day, because, maybe));
            }
        }
        if (!replaced && !ceased(party, day)) {
            out.add(party);
        }
        return out;
    }

    private boolean ceased(String actor, Edtf day) {
        return ceased(regime.until(actor), day);
    }

    /** Whether an actor that existed until {@code until} (null: open-ended) had surely ceased by {@code day}. */
    private static boolean ceased(LocalDate until, Edtf day) {
        return until != null && day.earliest() != null && day.earliest().isAfter(until);
    }

    static Long years(Figure f) {
        return years(f, false);
    }

    /** A figure in years as a whole number, or null; {@code unitless} accepts a bare number (a Term's years). */
    static Long years(Figure f, boolean unitless) {
        if (f == null || f.value() == null) {
            return null;
        }
        boolean inYears = f.unit() == null ? unitless : f.unit().toLowerCase().startsWith("year");
        return inYears ? Math.round(f.value()) : null;
    }

    private static LocalDate plusDay(LocalDate d) {
        return d == null ? null : d.plusDays(1);
    }

    static Anchor first(List<Anchor> anchors) {
        return anchors.isEmpty() ? null : anchors.get(0);
    }
}
