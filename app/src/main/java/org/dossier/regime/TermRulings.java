package org.dossier.regime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dossier.model.Agreement;
import org.dossier.model.Provision;
import org.dossier.model.ProvisionKind;
import org.dossier.model.Relation;
import org.dossier.model.RelationKind;
import org.dossier.regime.TermAnswer.TermDate;
import org.dossier.regime.TermAnswer.TermRuling;
import org.dossier.time.Edtf;

/**
 * Decides which of the terms in force governs each question (reversion, redemption; an expiry is a
 * question of its own) and for whom. Three rules, in order:
 * <ol>
 * <li>A later agreement that keeps an earlier one in force only pending revision, or supersedes it,
 *     and decides the same question itself, prevails: the earlier rule is an alternative (the Peking
 *     agreement's redemption with Chinese capital over the 1896 contract's purchase after 36 years).</li>
 * <li>The rules left are told apart by whom they are for: the holders of a right or permission, or
 *     those an obligation or term is owed to, as they stood on the date after succession. The Peking
 *     redemption is China's; the Mukden one the Mukden authorities', later Manchoukuo's.</li>
 * <li>Asked for a party, the rule held by that party (or one of its organs or successors) governs; if
 *     several are, or the party is only the one they are owed to, the answer is indeterminate and says
 *     which rule would apply for whom.</li>
 * </ol>
 */
final class TermRulings {
    private static final String LIVE = null;

    private final Regime regime;
    private final RelationalInForce inForce;
    private final Edtf day;
    private final String party;

    /** A term date with its provision; a null status is in force and not displaced, still to be decided. */
    record Draft(Agreement agreement, Provision provision, TermDate date) {
        String key() {
            return date.provision();
        }

        /** The question the date answers: reversion, redemption (purchase included), or the expiry of this provision. */
        String question() {
            TermDates.Kind kind = TermDates.kind(provision);
            return kind == TermDates.Kind.EXPIRY ? "expiry of " + date.provision() : kind.name().toLowerCase();
        }
    }

    record Result(List<TermDate> dates, List<TermRuling> rulings) {}

    TermRulings(Regime regime, RelationalInForce inForce, Edtf day, String party) {
        this.regime = regime;
        this.inForce = inForce;
        this.day = day;
        this.party = party;
    }

    Result decide(List<Draft> drafts) {
        Map<String, List<Draft>> questions = new LinkedHashMap<>();
        drafts.forEach(d -> questions.computeIfAbsent(question(d), k -> new ArrayList<>()).add(d));
        Map<Draft, TermDate> decided = new LinkedHashMap<>();
        drafts.forEach(d -> decided.put(d, d.date()));
        List<TermRuling> rulings = new ArrayList<>();
        for (Map.Entry<String, List<Draft>> q : questions.entrySet()) {
            List<Draft> live = new ArrayList<>();
            for (Draft d : q.getValue()) {
                if (d.date().status() != LIVE) {
                    continue;
                }
                Optional<String> givesWay = givesWay(d, q.getValue());
                if (givesWay.isPresent()) {
                    decided.put(d, d.date().with("alternative", List.of(), givesWay.get()));
                } else {
                    live.add(d);
                }
            }
            rulings.addAll(party == null ? forEveryone(q.getKey(), live, decided) : forParty(q.getKey(), live, decided));
        }
        List<TermRuling> withAlternatives = new ArrayList<>();
        for (TermRuling r : rulings) {
            List<String> others = questions.get(r.question()).stream().map(decided::get)
                .filter(t -> !t.provision().equals(r.provision()))
                .map(t -> t.provision() + ": " + t.status() + (t.reason() == null ? "" : " — " + t.reason())).toList();
            withAlternatives.add(new TermRuling(r.question(), r.party(), r.status(), r.provision(), r.agreement(), r.date(), others,
                r.reason()));
        }
        return new Result(List.copyOf(decided.values()), withAlternatives);
    }

    private static String question(Draft d) {
        return d.question();
    }

    /**
     * Why {@code d} gives way to a later rule on the same question: that rule's agreement keeps d's agreement
     * in force only pending revision, or supersedes it.
     */
    private Optional<String> givesWay(Draft d, List<Draft> question) {
        List<Relation> relations = new ArrayList<>(regime.relationsTo(d.agreement().id()));
        relations.addAll(regime.relationsTo(d.key()));
        for (Relation r : relations) {
            if (r.type() != RelationKind.REMAINS_IN_FORCE_PENDING && r.type() != RelationKind.SUPERSEDES) {
                continue;
            }
            String by = regime.agreementFor(r.subject());
            for (Draft other : question) {
                if (other != d && other.date().status() == LIVE && other.agreement().id().equals(by) && later(other, d)) {
                    String how = r.type() == RelationKind.SUPERSEDES ? "supersedes " + d.agreement().id()
                        : "keeps " + d.agreement().id() + " in force only pending " + (r.pending() == null ? "revision" : r.pending());
                    return Optional.of("gives way to " + other.key() + ": " + by + " " + how
                        + " and decides the same question itself" + (r.anchor() == null ? "" : " (p. " + r.anchor().page() + ")"));
                }
            }
        }
        return Optional.empty();
    }

    private boolean later(Draft a, Draft b) {
        Optional<Edtf> x = regime.date(Standings.start(a.agreement()));
        Optional<Edtf> y = regime.date(Standings.start(b.agreement()));
        return x.isPresent() && y.isPresent() && Within.of(x.get(), y.get()) == Within.AFTER;
    }

    /** No party asked: one rule for all, or one per holder when different rules hold for different parties. */
    private List<TermRuling> forEveryone(String question, List<Draft> live, Map<Draft, TermDate> decided) {
        if (live.isEmpty()) {
            return List.of(none(question, null));
        }
        if (live.size() == 1) {
            Draft only = live.get(0);
            decided.put(only, only.date().with("governs", holders(only), "the only rule in force on " + day.text()
                + " that decides it"));
            return List.of(governs(question, null, only, decided.get(only).reason()));
        }
        Map<List<String>, List<Draft>> byHolders = new LinkedHashMap<>();
        live.forEach(d -> byHolders.computeIfAbsent(holders(d), k -> new ArrayList<>()).add(d));
        List<TermRuling> out = new ArrayList<>();
        for (Map.Entry<List<String>, List<Draft>> e : byHolders.entrySet()) {
            String whom = String.join(", ", e.getKey());
            if (e.getValue().size() == 1) {
                Draft d = e.getValue().get(0);
                String why = "the rule for " + whom + "; " + others(live, d) + " for others";
                decided.put(d, d.date().with("governs-for", e.getKey(), why));
                out.add(governs(question, whom, d, why));
            } else {
                out.add(undecided(question, whom, e.getValue(), decided, "several rules in force decide it for " + whom
                    + " and the package does not relate them"));
            }
        }
        return out;
    }

    /** A party asked: the rule it holds, or why it cannot be told. */
    private List<TermRuling> forParty(String question, List<Draft> live, Map<Draft, TermDate> decided) {
        List<Draft> concern = live.stream().filter(d -> concerns(d)).toList();
        List<Draft> held = concern.stream().filter(d -> holds(d, false)).toList();
        List<Draft> own = held.stream().filter(d -> holds(d, true)).toList();
        List<Draft> pick = own.size() == 1 ? own : held.size() == 1 ? held : held.isEmpty() && concern.size() == 1 ? concern : null;
        if (concern.isEmpty()) {
            // The party neither holds these rules nor is owed them: what governs is what governs for everyone.
            return forEveryone(question, live, decided).stream().map(r -> new TermRuling(r.question(), r.party() == null ? party
                : r.party(), r.status(), r.provision(), r.agreement(), r.date(), r.alternatives(), party
                + " neither holds nor is owed these rules; " + r.reason())).toList();
        }
        live.stream().filter(d -> !concern.contains(d)).forEach(d -> decided.put(d, d.date().with("alternative", List.of(),
            "for " + String.join(", ", holders(d)) + ", not for " + party)));
        if (pick != null) {
            Draft d = pick.get(0);
            String why = held.isEmpty() ? "the only rule in force on " + day.text() + " that concerns " + party
                : "the rule in force on " + day.text() + " for " + String.join(", ", holders(d));
            concern.stream().filter(o -> o != d).forEach(o -> decided.put(o, o.date().with("alternative", List.of(),
                "for " + String.join(", ", holders(o)) + "; " + d.key() + " is " + party + "'s")));
            decided.put(d, d.date().with("governs", holders(d), why));
            return List.of(governs(question, party, d, why));
        }
        List<Draft> between = held.isEmpty() ? concern : held;
        String reason = held.isEmpty()
            ? "for " + party + " it depends on who acts: " + forWhom(between)
            : forWhom(between) + " all decide it for " + party + "; the package does not say which one applies to " + party
                + " as a whole";
        return List.of(undecided(question, party, between, decided, reason));
    }

    private TermRuling undecided(String question, String whom, List<Draft> between, Map<Draft, TermDate> decided, String reason) {
        between.forEach(d -> decided.put(d, d.date().with("alternative", List.of(), "indeterminate between "
            + String.join(", ", between.stream().map(Draft::key).toList()) + ": " + reason)));
        return new TermRuling(question, whom, "indeterminate", null, null, null, List.of(), reason);
    }

    private TermRuling governs(String question, String whom, Draft d, String why) {
        return new TermRuling(question, whom, "governs", d.key(), d.date().agreement(), d.date().date(), List.of(), why);
    }

    private TermRuling none(String question, String whom) {
        return new TermRuling(question, whom, "none", null, null, null, List.of(),
            "no rule in force on " + day.text() + " decides it" + (whom == null ? "" : " for " + whom));
    }

    private String forWhom(List<Draft> drafts) {
        return String.join(", ", drafts.stream().map(d -> d.key() + " for " + String.join(", ", holders(d))).toList());
    }

    private String others(List<Draft> live, Draft d) {
        return String.join(", ", live.stream().filter(o -> o != d).map(Draft::key).toList());
    }

    /** Whether the asked party holds the rule ({@code exact}: as the holder itself, an organ or a successor; else also as the state a holder is part of). */
    private boolean holds(Draft d, boolean exact) {
        return holders(d).stream().anyMatch(h -> regime.actsFor(party, h, day) || (!exact && regime.around(h).contains(party)));
    }

    /** Whether the rule concerns the asked party at all: it holds it, or the rule is owed to it. */
    private boolean concerns(Draft d) {
        List<String> named = new ArrayList<>(d.provision().bearers());
        named.addAll(d.provision().counterparties());
        return holds(d, false) || sides(d, named).stream()
            .anyMatch(h -> regime.actsFor(party, h, day) || regime.around(h).contains(party));
    }

    /**
     * Whom the rule is for, on the date: the holders of a right or permission; those an obligation or a
     * term is owed to (China, to which the line reverts), else its bearers.
     */
    List<String> holders(Draft d) {
        Provision p = d.provision();
        boolean entitles = p.kind() == ProvisionKind.RIGHT || p.kind() == ProvisionKind.PERMISSION;
        return sides(d, entitles || p.counterparties().isEmpty() ? p.bearers() : p.counterparties());
    }

    private List<String> sides(Draft d, List<String> named) {
        Set<String> out = new LinkedHashSet<>();
        Standing s = inForce.standing(d.agreement(), day);
        for (String n : named) {
            if (n.equals("parties")) {
                out.addAll(s.parties());
            } else {
                out.addAll(inForce.standings().heirs(n, day, new ArrayList<>(), new ArrayList<>()));
            }
        }
        return List.copyOf(out);
    }
}
