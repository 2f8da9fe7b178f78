package org.dossier.regime;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dossier.model.Agreement;
import org.dossier.model.Provision;
import org.dossier.model.Relation;
import org.dossier.regime.InForceAnswer.AgreementInForce;
import org.dossier.regime.InForceAnswer.Modification;
import org.dossier.regime.InForceAnswer.ProvisionInForce;
import org.dossier.regime.InForceAnswer.Undecided;
import org.dossier.time.Edtf;

/** {@link InForce} over the relations of a package (see {@link Standings}). */
final class RelationalInForce implements InForce {
    private final Regime regime;
    private final Standings standings;

    RelationalInForce(Regime regime) {
        this.regime = regime;
        this.standings = new Standings(regime);
    }

    @Override
    public InForceAnswer on(String date, String party, String subject) {
        Edtf day = Edtf.parse(date);
        List<AgreementInForce> in = new ArrayList<>();
        List<Undecided> undecided = new ArrayList<>();
        Map<String, Standing> memo = new HashMap<>(2 * regime.agreements().size());
        for (Agreement a : regime.agreements()) {
            Standing s = standings.of(a, day, memo);
            if (s.state() == Standing.State.INDETERMINATE) {
                if (matches(a, s, party, subject, day)) {
                    undecided.add(new Undecided(a.id(), a.name(), s.reason(), s.because()));
                }
            } else if (s.inForce() && (party == null || bound(s, party, day))) {
                List<ProvisionInForce> provisions = provisions(a, s, day, memo);
                if (subject != null) {
                    provisions = provisions.stream()
                        .filter(p -> about(p.subject(), regime.findProvision(p.id()).orElseThrow(), subject)).toList();
                }
                if (subject == null || !provisions.isEmpty()) {
                    in.add(new AgreementInForce(a.id(), a.name(), s.parties(), provisions, s.because(),
                        Standings.first(a.anchors()), s.mayHaveSucceeded()));
                }
            }
        }
        return new InForceAnswer(date, undecided.isEmpty() ? "determinate" : "indeterminate", in, undecided);
    }

    Standings standings() {
        return standings;
    }

    Standing standing(Agreement a, Edtf day) {
        return standings.of(a, day);
    }

    Standing standing(Agreement a, Edtf day, Map<String, Standing> memo) {
        return standings.of(a, day, memo);
    }

    private boolean matches(Agreement a, Standing s, String party, String subject, Edtf day) {
        return (party == null || bound(s, party, day))
            && (subject == null || a.provisions().stream().anyMatch(p -> about(p.subject(), p, subject)));
    }

    /** Whether the agreement binds {@code actor}, or may bind it as the possible successor of a party. */
    private boolean bound(Standing s, String actor, Edtf day) {
        return s.parties().stream().anyMatch(p -> regime.actsFor(actor, p, day) || regime.actsFor(p, actor, day))
            || s.mayHaveSucceeded().stream().anyMatch(m -> m.inheritsObligations() && regime.actsFor(actor, m.successor(), day));
    }

    private boolean about(String provisionSubject, Provision p, String subject) {
        List<String> refs = new ArrayList<>(p.scope());
        if (provisionSubject != null) {
            refs.add(provisionSubject);
        }
        // A provision about the whole railway is about each of its branches, and one about a branch about the railway.
        return refs.stream().anyMatch(r -> regime.around(r).contains(subject) || regime.around(subject).contains(r));
    }

    /** The provisions of an agreement in force that were themselves still in force on {@code day}. */
    List<ProvisionInForce> provisions(Agreement a, Standing s, Edtf day, Map<String, Standing> memo) {
        List<ProvisionInForce> out = new ArrayList<>();
        for (ProvisionEntry e : regime.entries(a)) {
            provision(a, s, e, day, memo).ifPresent(out::add);
        }
        return out;
    }

    Optional<ProvisionInForce> provision(Agreement a, Standing s, Provision p, Edtf day) {
        return provision(a, s, p, day, new HashMap<>());
    }

    Optional<ProvisionInForce> provision(Agreement a, Standing s, Provision p, Edtf day, Map<String, Standing> memo) {
        ProvisionEntry[] entries = regime.entries(a);
        for (ProvisionEntry e : entries) {
            if (e.provision() == p) {
                return provision(a, s, e, day, memo);
            }
        }
        throw new IllegalArgumentException("provision " + p.id() + " is not of agreement " + a.id());
    }

    private Optional<ProvisionInForce> provision(Agreement a, Standing s, ProvisionEntry e, Edtf day, Map<String, Standing> memo) {
        Provision p = e.provision();
        String key = e.key();
        if (e.relations().isEmpty()) {
            // Most provisions nothing relates to: they stand or fall with their agreement.
            return s.parties().size() < 2 && a.parties().size() >= 2 ? Optional.empty()
                : Optional.of(new ProvisionInForce(key, p.article(), p.kind(), p.action(), p.subject(), p.text(), s.parties(),
                    List.of(), e.statedOnly(), p.readings(), e.precedents(), p.anchor()));
        }
        List<Basis> because = new ArrayList<>();
        because.add(e.stated());
        List<Modification> modified = new ArrayList<>();
        Set<String> parties = new LinkedHashSet<>(s.parties());
        for (Dated d : e.relations()) {
            Relation r = d.relation();
            if (!d.took(day, r.date() == null)) {
                continue;
            }
            switch (r.type()) {
                case SUPERSEDES, ABROGATES -> {
                    return Optional.empty();
                }
                case REPUDIATES -> {
                    parties.removeIf(x -> regime.actsFor(x, r.subject(), day) || regime.actsFor(r.subject(), x, day));
                    because.add(d.step());
                }
                case MODIFIES -> {
                    modified.add(new Modification(r.field(), r.from(), r.to(), r.subject(), r.date(), r.anchor()));
                    because.add(Basis.of("modified", Regime.agreementOf(r.subject()), r.subject().contains("#") ? r.subject() : null,
                        r.date(), "modified by " + r.subject() + ": " + r.field() + " " + r.from() + " → " + r.to(), r.anchor()));
                }
                default -> { }
            }
        }
        parties.addAll(standings.reaffirmers(key, day, because, 0, memo));
        if (a.parties().size() >= 2 && parties.size() < 2) {
            return Optional.empty();
        }
        return Optional.of(new ProvisionInForce(key, p.article(), p.kind(), p.action(), p.subject(), p.text(),
            List.copyOf(parties), modified, because, p.readings(), e.precedents(), p.anchor()));
    }
}
