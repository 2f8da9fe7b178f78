package org.dossier.regime;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Set;
import org.dossier.model.ProvisionKind;
import org.dossier.regime.ConditionCheck.Weighed;
import org.dossier.regime.ProvisionVerdicts.Candidate;
import org.dossier.regime.Verdict.Need;
import org.dossier.regime.Verdict.Ruling;
import org.dossier.time.Edtf;

/** Weighs the provisions that govern one question into a ruling, with what is missing and why. */
final class Weighing {
    private final ProvisionVerdicts verdicts;
    private final ConditionCheck check;
    private final Question question;
    private final Edtf day;
    private final int segments;
    private final List<Candidate> candidates;
    /** The steps in order, each once: steps shared by several provisions are the same instances. */
    private final List<Basis> because = new ArrayList<>();
    private final Set<Basis> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    private final List<Need> needs = new ArrayList<>();
    private final List<Need> undertakings = new ArrayList<>();
    private final List<String> reasons = new ArrayList<>();
    private boolean prohibited;
    private boolean uncovered;
    private boolean exception;

    Weighing(ProvisionVerdicts verdicts, ConditionCheck check, Question question, Edtf day, int segments,
             List<Candidate> candidates) {
        this.segments = segments;
        this.verdicts = verdicts;
        this.check = check;
        this.question = question;
        this.day = day;
        this.candidates = candidates;
    }

    Weighing decide() {
        List<Candidate> permissions = candidates.stream().filter(c -> c.provision().kind() != ProvisionKind.PROHIBITION).toList();
        List<Candidate> prohibitions = candidates.stream().filter(c -> c.provision().kind() == ProvisionKind.PROHIBITION).toList();
        for (Candidate c : candidates) {
            c.standing().because().stream().filter(b -> !b.role().equals("in-force-from")).forEach(this::step);
            c.inForce().because().forEach(this::step);
            if (c.bearer() != null) {
                step(c.bearer());
            }
        }
        Map<String, Candidate> used = new LinkedHashMap<>();
        for (Candidate p : prohibitions) {
            prohibition(p, permissions).forEach(c -> used.putIfAbsent(c.key(), c));
        }
        if (prohibitions.isEmpty()) {
            List<Candidate> cover = cover(permissions);
            if (cover.isEmpty()) {
                uncovered = true;
                reasons.add("the permissions in force (" + String.join(", ", permissions.stream().map(Candidate::key).toList())
                    + ") cover only part of the trip");
            }
            cover.forEach(c -> used.putIfAbsent(c.key(), c));
        }
        for (Candidate p : used.values()) {
            Weighed w = check.weigh(p.provision().conditions(), p.key());
            needs.addAll(w.open());
            // A permission's exceptions are what it does not cover; the question cannot show it stays clear of them.
            p.provision().exceptions().forEach(e -> needs.add(new Need(e.kind(), e.actor(), "not within the exception: "
                + (e.text() != null ? e.text() : e.value()), p.key(), e.anchor())));
            undertakings.addAll(w.undertakings());
            w.met().forEach(m -> step(Basis.of("condition-met", p.agreement().id(), p.key(), null, m.text(), m.anchor())));
        }
        return this;
    }

    /** Permissions that together cover every segment of the question (greedily, widest first), or none. */
    private List<Candidate> cover(List<Candidate> permissions) {
        Set<Integer> left = new HashSet<>();
        for (int i = 0; i < segments; i++) {
            left.add(i);
        }
        List<Candidate> chosen = new ArrayList<>();
        while (!left.isEmpty()) {
            Candidate best = null;
            long gain = 0;
            for (Candidate c : permissions) {
                long g = c.covers().stream().filter(left::contains).count();
                if (g > gain) {
                    best = c;
                    gain = g;
                }
            }
            if (best == null) {
                return List.of();
            }
            chosen.add(best);
            left.removeAll(best.covers());
        }
        return chosen;
    }

    /**
     * A prohibition is lifted by its own exceptions when all of them hold, else by the consent of those
     * it is owed to: given in the question, or by a permission of theirs in force that covers the trip.
     */
    private List<Candidate> prohibition(Candidate p, List<Candidate> permissions) {
        List<org.dossier.model.Condition> own = p.provision().exceptions();
        if (!own.isEmpty()) {
            Weighed w = check.weigh(own, p.key());
            if (w.open().isEmpty()) {
                lifted(p, w, "its own exception holds");
                return List.of();
            }
            reasons.add(p.key() + " would be lifted by its own exception if: "
                + String.join("; ", w.open().stream().map(Need::text).toList()));
        }
        Weighed waiver = check.weigh(verdicts.waivers(p, question.actor(), day), p.key());
        if (waiver.open().isEmpty() && !waiver.met().isEmpty()) {
            lifted(p, waiver, "consent given");
            return List.of();
        }
        List<Candidate> grant = waiver.open().isEmpty() ? List.of()
            : cover(permissions.stream().filter(q -> grantedBy(q, waiver.open())).toList());
        if (!grant.isEmpty()) {
            for (Candidate g : grant) {
                step(Basis.of("lifted-by", g.agreement().id(), g.key(), null, "the consent of "
                    + String.join(", ", waiver.open().stream().map(Need::actor).toList()) + " given in " + g.agreement().id()
                    + " lifts " + p.key(), g.provision().anchor()));
            }
            lifted(p, waiver, "lifted by " + String.join(", ", grant.stream().map(Candidate::key).toList()));
            return grant;
        }
        prohibited = true;
        needs.addAll(waiver.open());
        reasons.add(p.key() + " prohibits it" + (waiver.open().isEmpty() ? "" : "; the consent of "
            + String.join(", ", waiver.open().stream().map(Need::actor).toList()) + ", to whom it is owed, would lift it"));
        return List.of();
    }

    private void lifted(Candidate p, Weighed w, String how) {
        exception = true;
        w.met().forEach(m -> step(Basis.of("consent", p.agreement().id(), p.key(), question.date(),
            m.text() + " (given)", m.anchor())));
        needs.addAll(w.open().stream().filter(n -> !ConditionCheck.isConsent(n.kind())).toList());
        undertakings.addAll(w.undertakings());
        reasons.add(p.key() + " prohibits it, but it is lifted as an exception: " + how);
    }

    /** A permission in force given by every actor whose consent the prohibition still lacks. */
    private boolean grantedBy(Candidate permission, List<Need> consents) {
        return consents.stream().allMatch(n -> n.actor() != null && permission.inForce().parties().stream()
            .anyMatch(party -> !check.isActor(party) && check.actsFor(party, n.actor())));
    }

    Ruling ruling() {
        if (prohibited) {
            return Ruling.PROHIBITED;
        }
        if (uncovered) {
            return Ruling.INDETERMINATE;
        }
        return needs.isEmpty() ? Ruling.PERMITTED : Ruling.CONDITIONAL;
    }

    boolean exception() {
        return exception;
    }

    List<Need> needs() {
        return needs;
    }

    List<Need> undertakings() {
        return undertakings;
    }

    private void step(Basis b) {
        if (seen.add(b)) {
            because.add(b);
        }
    }

    List<Basis> because() {
        return List.copyOf(because);
    }

    List<String> reasons() {
        return reasons;
    }
}
