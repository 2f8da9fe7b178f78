package org.dossier.regime;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
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
    private final List<Candidate> candidates;
    private final Set<Basis> because = new LinkedHashSet<>();
    private final List<Need> needs = new ArrayList<>();
    private final List<Need> undertakings = new ArrayList<>();
    private final List<String> reasons = new ArrayList<>();
    private boolean prohibited;
    private boolean exception;

    Weighing(ProvisionVerdicts verdicts, ConditionCheck check, Question question, Edtf day, List<Candidate> candidates) {
        this.verdicts = verdicts;
        this.check = check;
        this.question = question;
        this.day = day;
        this.candidates = candidates;
    }

    Weighing decide() {
        List<Candidate> permissions = candidates.stream().filter(c -> c.provision().kind() != ProvisionKind.PROHIBITION).toList();
        for (Candidate c : candidates) {
            c.standing().because().stream().filter(b -> !b.role().equals("in-force-from")).forEach(because::add);
            because.addAll(c.inForce().because());
        }
        for (Candidate p : candidates) {
            if (p.provision().kind() == ProvisionKind.PROHIBITION) {
                prohibition(p, permissions);
            }
        }
        for (Candidate p : permissions) {
            Weighed w = check.weigh(p.provision().conditions(), p.key());
            needs.addAll(w.open());
            undertakings.addAll(w.undertakings());
            w.met().forEach(m -> because.add(Basis.of("condition-met", p.agreement().id(), p.key(), null, m.text(), m.anchor())));
        }
        return this;
    }

    private void prohibition(Candidate p, List<Candidate> permissions) {
        Weighed w = check.weigh(verdicts.exceptions(p, question.actor(), day), p.key());
        List<Need> missingConsents = w.open().stream().filter(n -> ConditionCheck.isConsent(n.kind())).toList();
        Optional<Candidate> grant = missingConsents.isEmpty() ? Optional.empty()
            : permissions.stream().filter(q -> grantedBy(q, missingConsents)).findFirst();
        w.met().forEach(m -> because.add(Basis.of("consent", p.agreement().id(), p.key(), question.date(),
            m.text() + " (given)", m.anchor())));
        if (!missingConsents.isEmpty() && grant.isEmpty()) {
            prohibited = true;
            needs.addAll(missingConsents);
            reasons.add(p.key() + " prohibits it" + (w.open().isEmpty() ? "" : "; it would be lifted by: "
                + String.join("; ", missingConsents.stream().map(Need::text).toList())));
            return;
        }
        if (w.met().isEmpty() && grant.isEmpty()) {
            prohibited = true;
            reasons.add(p.key() + " prohibits it, and states no exception");
            return;
        }
        exception = true;
        grant.ifPresent(g -> because.add(Basis.of("lifted-by", g.agreement().id(), g.key(), null,
            "the consent of " + String.join(", ", missingConsents.stream().map(Need::actor).toList())
                + " given in " + g.agreement().id() + " lifts " + p.key(), g.provision().anchor())));
        needs.addAll(w.open().stream().filter(n -> !ConditionCheck.isConsent(n.kind())).toList());
        undertakings.addAll(w.undertakings());
        reasons.add(p.key() + " prohibits it, but it is lifted as an exception");
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

    List<Basis> because() {
        return List.copyOf(because);
    }

    List<String> reasons() {
        return reasons;
    }
}
