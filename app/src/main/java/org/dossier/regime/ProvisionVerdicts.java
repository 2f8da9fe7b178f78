package org.dossier.regime;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dossier.model.Agreement;
import org.dossier.model.Condition;
import org.dossier.model.ConditionKind;
import org.dossier.model.Provision;
import org.dossier.model.ProvisionKind;
import org.dossier.model.RelationKind;
import org.dossier.regime.InForceAnswer.ProvisionInForce;
import org.dossier.regime.Verdict.AttributedReading;
import org.dossier.regime.Verdict.Ruling;
import org.dossier.time.Edtf;

/**
 * {@link Verdicts} from the provisions in force: those that bind the actor, govern the action and
 * reach the places of the question. A prohibition stands unless lifted: by its own exceptions, or
 * — when it states none — by the consent of those it is owed to, given in the question or by a
 * permission of theirs in force. Where the date straddles the entry into force or end of a
 * provision that matters, and the answer would differ, the verdict is indeterminate.
 */
final class ProvisionVerdicts implements Verdicts {
    private final Regime regime;
    private final RelationalInForce inForce;
    private final Standings standings;
    private final RouteSections routes;

    /** Rights that open only at the end of a term (purchase after 36 years), with the day they open; by identity. */
    private final Map<Provision, LocalDate> opens = new IdentityHashMap<>();

    ProvisionVerdicts(Regime regime, RouteSections routes) {
        this.regime = regime;
        this.inForce = new RelationalInForce(regime);
        this.standings = new Standings(regime);
        this.routes = routes;
        TermDates terms = new TermDates(regime);
        for (Agreement a : regime.agreements()) {
            a.provisions().forEach(p -> terms.opensOn(a, p).ifPresent(d -> opens.put(p, d)));
        }
    }

    /** A provision that governs the question, with where its agreement stood. */
    record Candidate(Agreement agreement, Provision provision, ProvisionInForce inForce, Standing standing, Set<Integer> covers,
                     Basis bearer) {
        String key() {
            return inForce.id();
        }
    }

    @Override
    public Verdict check(Question q) {
        Edtf day = Edtf.parse(q.date());
        List<RouteLeg> route = null;
        if (q.from() != null) {
            Optional<List<RouteLeg>> legs = routes.legs(q.from(), q.to(), q.date());
            if (legs.isEmpty()) {
                return indeterminate(null, "no route from " + q.from() + " to " + q.to()
                    + " over the open lines of the package");
            }
            route = legs.get();
        }
        Scope scope = Scope.of(regime, route, q.at());
        List<String> notYetOpen = new ArrayList<>();
        List<Candidate> candidates = candidates(q, day, scope, notYetOpen);
        if (candidates.isEmpty()) {
            List<String> why = new ArrayList<>(List.of("no provision in force on " + q.date() + " governs "
                + q.action().name().toLowerCase().replace('_', '-') + " by " + q.actor() + scope.describe()));
            why.addAll(notYetOpen);
            return new Verdict(Ruling.INDETERMINATE, false, List.of(), List.of(), List.of(), List.of(), List.of(), route, why);
        }
        ConditionCheck check = new ConditionCheck(regime, q, day);
        Weighing all = new Weighing(this, check, q, day, scope.size(), candidates).decide();
        List<Candidate> surely = candidates.stream().filter(c -> c.standing().inForce()).toList();
        Weighing sure = surely.size() == candidates.size() ? all
            : new Weighing(this, check, q, day, scope.size(), surely).decide();
        List<String> reasons = new ArrayList<>(notYetOpen);
        Ruling ruling = all.ruling();
        if (sure.ruling() != all.ruling()) {
            ruling = Ruling.INDETERMINATE;
            candidates.stream().filter(c -> !c.standing().inForce()).forEach(c -> reasons.add(c.standing().reason()));
            reasons.add("if " + String.join(", ", undecided(candidates)) + " applied: " + all.ruling().label()
                + "; if not: " + sure.ruling().label());
        }
        reasons.addAll(all.reasons());
        return new Verdict(ruling, ruling != Ruling.INDETERMINATE && all.exception(), all.needs(), all.undertakings(),
            all.because(), readings(candidates), precedents(candidates), route, reasons);
    }

    private static List<String> undecided(List<Candidate> candidates) {
        return candidates.stream().filter(c -> !c.standing().inForce()).map(Candidate::key).toList();
    }

    private List<Candidate> candidates(Question q, Edtf day, Scope scope, List<String> notYetOpen) {
        List<Candidate> out = new ArrayList<>();
        Map<String, Standing> memo = new HashMap<>();
        for (Agreement a : regime.agreements()) {
            if (a.provisions().stream().noneMatch(p -> Actions.governs(p.action(), q.action()))) {
                continue;
            }
            Standing s = inForce.standing(a, day, memo);
            if (!s.mayBeInForce()) {
                continue;
            }
            for (Provision p : a.provisions()) {
                boolean prohibition = p.kind() == ProvisionKind.PROHIBITION;
                Set<Integer> covers = prohibition ? Set.of() : scope.covers(p);
                if (!Actions.governs(p.action(), q.action()) || (prohibition ? !scope.reaches(p) : covers.isEmpty())) {
                    continue;
                }
                LocalDate opensOn = opens.get(p);
                if (opensOn != null && day.latest() != null && day.latest().isBefore(opensOn)) {
                    notYetOpen.add(regime.keyOf(a, p) + " opens only on " + opensOn + ", at the end of its term");
                    continue;
                }
                Optional<ProvisionInForce> pf = inForce.provision(a, s, p, day, memo);
                if (pf.isPresent()) {
                    bearing(q.actor(), a, p, pf.get().parties(), day)
                        .ifPresent(bearer -> out.add(new Candidate(a, p, pf.get(), s, covers, bearer.step())));
                }
            }
        }
        return out;
    }

    /** How the actor bears a provision: {@code step} names the bearer it acts for, null when it is a bearer itself. */
    private record Bearing(Basis step) {
        static final Bearing DIRECT = new Bearing(null);
    }

    /**
     * Whether the provision binds or entitles {@code actor}: it acts for a named bearer (itself, an organ or
     * part of it, its successor), or for a party when the bearers are the parties; or it is the state a
     * bearer is part of (Japan for the fishery rights of Japanese subjects). An actor that acquiesced in the
     * agreement stands with the bearers that are not owed the provision. Empty when it does not; else the
     * step that names the bearer when the bearer is not the actor itself.
     */
    private Optional<Bearing> bearing(String actor, Agreement a, Provision p, List<String> parties, Edtf day) {
        List<String> bearers = p.bearers().isEmpty() || p.bearers().contains("parties") ? parties : p.bearers();
        if (bearers.stream().anyMatch(b -> regime.actsFor(actor, b, day))) {
            return Optional.of(Bearing.DIRECT);
        }
        Optional<String> part = bearers.stream().filter(b -> regime.around(b).contains(actor)).findFirst();
        if (part.isPresent()) {
            String name = regime.findActor(part.get()).map(x -> x.name()).orElse(part.get());
            return Optional.of(new Bearing(Basis.of("bearer", a.id(), regime.keyOf(a, p), null, "borne by " + part.get()
                + " (" + name + "), part of " + actor + ": " + actor + " acts for them", p.anchor())));
        }
        boolean acquiesced = regime.relationsTo(a.id()).stream()
            .anyMatch(r -> r.type() == RelationKind.ACQUIESCES_IN && r.subject() != null && regime.actsFor(actor, r.subject(), day));
        boolean stands = acquiesced && p.counterparties().stream().noneMatch(c -> regime.actsFor(actor, c, day))
            && bearers.stream().anyMatch(b -> !p.counterparties().contains(b));
        return stands ? Optional.of(Bearing.DIRECT) : Optional.empty();
    }

    /** Those a provision is owed to, as they stood on {@code day}, except the actor itself. */
    List<String> owedTo(Candidate c, String actor, Edtf day) {
        List<String> named = c.provision().counterparties().isEmpty() || c.provision().counterparties().contains("parties")
            ? c.inForce().parties() : c.provision().counterparties();
        Set<String> out = new LinkedHashSet<>();
        for (String n : named) {
            for (String h : standings.heirs(n, day, new ArrayList<>(), new ArrayList<>())) {
                if (!regime.actsFor(actor, h, day)) {
                    out.add(h);
                }
            }
        }
        return List.copyOf(out);
    }

    /** The consents that waive a prohibition: those of everyone it is owed to, except the actor itself. */
    List<Condition> waivers(Candidate c, String actor, Edtf day) {
        return owedTo(c, actor, day).stream()
            .map(o -> new Condition(ConditionKind.CONSENT, o, null, "consent of " + o + ", to whom " + c.key() + " is owed",
                c.provision().anchor()))
            .toList();
    }

    private List<AttributedReading> readings(List<Candidate> candidates) {
        List<AttributedReading> out = new ArrayList<>();
        for (Candidate c : candidates) {
            c.provision().readings().forEach(r -> out.add(
                new AttributedReading(c.key(), r.by(), side(r.by()), r.holds(), r.text(), r.event(), null, null, null, r.anchor())));
            regime.claimsAbout(c.key()).forEach(cl -> out.add(new AttributedReading(c.key(), cl.claimant(), side(cl.claimant()), null,
                cl.statement(), null, cl.id(), cl.stance(), cl.date(), cl.anchor())));
        }
        return out;
    }

    /** The outermost actor {@code actor} is part of: the state an envoy, ministry or newspaper speaks for. */
    private String side(String actor) {
        if (actor == null) {
            return null;
        }
        List<String> chain = regime.around(actor);
        return chain.get(chain.size() - 1);
    }

    private List<Precedent> precedents(List<Candidate> candidates) {
        List<Precedent> out = new ArrayList<>();
        candidates.forEach(c -> out.addAll(regime.precedents(c.key())));
        return out;
    }

    private static Verdict indeterminate(List<RouteLeg> route, String reason) {
        return new Verdict(Ruling.INDETERMINATE, false, List.of(), List.of(), List.of(), List.of(), List.of(), route,
            List.of(reason));
    }
}
