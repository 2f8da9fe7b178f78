package org.dossier.regime;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dossier.model.ActionKind;
import org.dossier.model.Agreement;
import org.dossier.model.Event;
import org.dossier.model.Names;
import org.dossier.model.Provision;
import org.dossier.model.ProvisionKind;
import org.dossier.model.Relation;
import org.dossier.model.RelationKind;
import org.dossier.model.Term;
import org.dossier.model.TermEffect;
import org.dossier.regime.TermAnswer.TermDate;
import org.dossier.time.Edtf;

/**
 * {@link Terms} from the provisions' terms: years counted from a date, an event (the line's
 * completion) or an agreement's entry into force. The family of a question is the provisions of the
 * agreement asked about, those of other agreements about the same subject, and those that modify
 * them; a modification in force on the as-of date displaces the term it changed.
 */
final class TermDates implements Terms {
    private final Regime regime;
    private final RelationalInForce inForce;

    TermDates(Regime regime) {
        this.regime = regime;
        this.inForce = new RelationalInForce(regime);
    }

    private record Member(Agreement agreement, Provision provision) {
        String key() {
            return Names.provisionKey(agreement.id(), provision.id());
        }
    }

    @Override
    public TermAnswer dates(String ref, String asOf) {
        return dates(ref, asOf, null);
    }

    @Override
    public TermAnswer dates(String ref, String asOf, String party) {
        String asOfText = asOf != null ? asOf : regime.reportDate().orElse(LocalDate.now().toString());
        Edtf day = Edtf.parse(asOfText);
        Map<String, Member> family = family(ref);
        List<TermRulings.Draft> drafts = new ArrayList<>();
        for (Member m : family.values()) {
            Optional<Relation> displacing = displacing(m.key(), day);
            Optional<String> notInForce = displacing.isPresent() ? Optional.empty() : notInForce(m, day);
            TermDate d = date(m, m.provision().term() == null ? null : Standings.years(m.provision().term().years(), true),
                displacing.isEmpty() && notInForce.isEmpty(), displacing.map(Relation::subject).orElse(null), List.of());
            drafts.add(new TermRulings.Draft(m.agreement(), m.provision(), displacing.isPresent()
                ? d.with("displaced", List.of(), "its term was modified by " + displacing.get().subject())
                : notInForce.map(why -> d.with("not-in-force", List.of(), why)).orElse(d)));
            for (Relation r : regime.relationsTo(m.key())) {
                if (r.type() == RelationKind.MODIFIES && !family.containsKey(r.subject()) && isYears(r.field())) {
                    TermDate derived = derived(m, r, day);
                    drafts.add(new TermRulings.Draft(m.agreement(), m.provision(), derived.governs() ? derived
                        : derived.with("not-in-force", List.of(), Regime.agreementOf(r.subject()) + " was not in force on " + asOfText)));
                }
            }
        }
        TermRulings.Result decided = new TermRulings(regime, inForce, day, party).decide(drafts);
        List<TermDate> out = new ArrayList<>(decided.dates());
        out.sort(Comparator.comparing(TermDate::what).thenComparing(TermDate::date, Comparator.nullsLast(Comparator.naturalOrder())));
        return new TermAnswer(ref, asOfText, party, out, decided.rulings());
    }

    private Map<String, Member> family(String ref) {
        Map<String, Member> family = new LinkedHashMap<>();
        Agreement a = regime.findAgreement(Regime.agreementOf(ref))
            .orElseThrow(() -> new IllegalArgumentException("no agreement " + Regime.agreementOf(ref)));
        List<Member> seeds = new ArrayList<>();
        for (Provision p : a.provisions()) {
            if ((ref.contains("#") ? Names.provisionKey(a.id(), p.id()).equals(ref) : termBearing(p))) {
                seeds.add(new Member(a, p));
            }
        }
        if (ref.contains("#") && seeds.isEmpty()) {
            throw new IllegalArgumentException("no provision " + ref);
        }
        seeds.forEach(s -> family.put(s.key(), s));
        for (Agreement other : regime.agreements()) {
            for (Provision p : other.provisions()) {
                Member m = new Member(other, p);
                if (!family.containsKey(m.key()) && termBearing(p) && seeds.stream().anyMatch(s -> related(s, m))) {
                    family.put(m.key(), m);
                }
            }
        }
        return family;
    }

    /** What a term decides: when the thing reverts, from when it may be bought back, or when the agreement ends. */
    enum Kind { REVERSION, REDEMPTION, EXPIRY }

    static Kind kind(Provision p) {
        TermEffect e = p.term() == null ? null : p.term().effect();
        if (e == TermEffect.REVERTS_FREE || p.action() == ActionKind.RAILWAY_REVERSION) {
            return Kind.REVERSION;
        }
        if (e == TermEffect.REDEEMABLE || e == TermEffect.PURCHASABLE || p.action() == ActionKind.RAILWAY_REDEMPTION
            || p.action() == ActionKind.TELEGRAPH_PURCHASE) {
            return Kind.REDEMPTION;
        }
        return Kind.EXPIRY;
    }

    /**
     * Two term provisions compete when one modifies or reaffirms the other, or when they decide the same
     * kind of thing (reversion, redemption) about the same line or place.
     */
    private boolean related(Member seed, Member m) {
        if (linked(seed.key(), m.key()) || linked(m.key(), seed.key())) {
            return true;
        }
        return kind(seed.provision()) != Kind.EXPIRY && kind(seed.provision()) == kind(m.provision())
            && seed.provision().scope().stream().anyMatch(x -> m.provision().scope().stream()
                .anyMatch(y -> regime.around(x).contains(y) || regime.around(y).contains(x)));
    }

    private boolean linked(String from, String to) {
        return regime.relationsFrom(from).stream().anyMatch(r -> (r.type() == RelationKind.MODIFIES
            || r.type() == RelationKind.REAFFIRMS) && to.equals(r.object()));
    }

    static boolean termBearing(Provision p) {
        return p.term() != null || p.kind() == ProvisionKind.TERM || p.action() == ActionKind.RAILWAY_REDEMPTION
            || p.action() == ActionKind.RAILWAY_REVERSION || p.action() == ActionKind.TELEGRAPH_PURCHASE;
    }

    private static boolean isYears(String field) {
        return field != null && (field.contains("year") || field.contains("term"));
    }

    /** The modification in force on {@code day} that changed this provision's term, if any. */
    private Optional<Relation> displacing(String key, Edtf day) {
        return regime.relationsTo(key).stream()
            .filter(r -> r.type() == RelationKind.MODIFIES && isYears(r.field()) && r.subject() != null)
            .filter(r -> regime.findAgreement(Regime.agreementOf(r.subject()))
                .map(a -> inForce.standing(a, day).inForce()).orElse(false))
            .findFirst();
    }

    /** Why the provision was not in force on {@code day}, or empty when it was. */
    private Optional<String> notInForce(Member m, Edtf day) {
        Standing s = inForce.standing(m.agreement(), day);
        if (!s.inForce()) {
            return Optional.of(s.reason() == null ? m.agreement().id() + " was not in force" : s.reason());
        }
        return inForce.provision(m.agreement(), s, m.provision(), day).isPresent() ? Optional.empty()
            : Optional.of(m.key() + " no longer bound two parties");
    }

    private TermDate derived(Member m, Relation r, Edtf day) {
        Long years = parseYears(r.to());
        boolean governs = regime.findAgreement(Regime.agreementOf(r.subject()))
            .map(a -> inForce.standing(a, day).inForce()).orElse(false);
        Basis b = Basis.of("modified", Regime.agreementOf(r.subject()), r.subject().contains("#") ? r.subject() : null,
            r.date(), r.field() + " " + r.from() + " → " + r.to() + " by " + r.subject(), r.anchor());
        TermDate base = date(m, years, governs, null, List.of(b));
        return new TermDate(base.what(), base.subject(), base.date(), Regime.agreementOf(r.subject()), r.subject(), base.effect(), years,
            base.from(), governs, null, "the term of " + m.key() + " as modified", base.because(), r.anchor(), null, List.of(), null);
    }

    private TermDate date(Member m, Long years, boolean governs, String displacedBy, List<Basis> extra) {
        Provision p = m.provision();
        Term t = p.term();
        TermEffect effect = t == null ? null : t.effect();
        String fromText = t == null || t.from() == null ? Standings.start(m.agreement()) : t.from();
        Optional<Edtf> from = start(fromText, m.agreement());
        List<Basis> because = new ArrayList<>(extra);
        because.add(0, Basis.of("provision", m.agreement().id(), m.key(), null, p.text(), p.anchor()));
        String date = null;
        String note = null;
        if (years == null) {
            date = from.map(Edtf::text).orElse(null);
            note = "no term stated: from the entry into force of " + m.agreement().id();
        } else if (from.isEmpty() || from.get().earliest() == null || from.get().latest() == null) {
            note = "the start '" + fromText + "' is not a known date";
        } else {
            date = shift(from.get(), years);
        }
        fromEvent(fromText).ifPresent(e -> because.add(Basis.of("counted-from", null, null, e.date(),
            e.action() == null ? e.id() : e.action(), e.anchor())));
        return new TermDate(what(p, effect, m.agreement()), p.subject(), date, m.agreement().id(), m.key(), effect, years, fromText,
            governs, displacedBy, note, because, t != null && t.anchor() != null ? t.anchor() : p.anchor(), null, List.of(), null);
    }

    /**
     * The first day on which a right that opens at the end of its term (a purchase or redemption "at the
     * expiration of 36 years") can be used; empty when it has no such term or its start is unknown.
     */
    Optional<LocalDate> opensOn(Agreement a, Provision p) {
        Term t = p.term();
        if (t == null || (t.effect() != TermEffect.PURCHASABLE && t.effect() != TermEffect.REDEEMABLE)) {
            return Optional.empty();
        }
        Long years = Standings.years(t.years(), true);
        String fromText = t.from() == null ? Standings.start(a) : t.from();
        return years == null ? Optional.empty()
            : start(fromText, a).map(Edtf::earliest).map(d -> d.plusYears(years));
    }

    private Optional<Edtf> start(String from, Agreement a) {
        if (from == null) {
            return Optional.empty();
        }
        Optional<Edtf> direct = regime.date(from);
        if (direct.isPresent()) {
            return direct;
        }
        Optional<Event> e = fromEvent(from);
        if (e.isPresent()) {
            return regime.date(e.get().date());
        }
        return regime.findAgreement(from).flatMap(x -> regime.date(Standings.start(x)));
    }

    private Optional<Event> fromEvent(String id) {
        return regime.pkg().events().stream().filter(e -> e.id().equals(id)).findFirst();
    }

    private static String shift(Edtf from, long years) {
        LocalDate lo = from.earliest().plusYears(years);
        LocalDate hi = from.latest().plusYears(years);
        return lo.equals(hi) ? lo.toString() : lo + "/" + hi;
    }

    /** What the date is the date of, in words; the provision's subject says of what. */
    private static String what(Provision p, TermEffect effect, Agreement a) {
        if (effect != null) {
            return switch (effect) {
                case REVERTS_FREE -> "reverts free of charge";
                case REDEEMABLE -> "may be redeemed";
                case PURCHASABLE -> "may be purchased";
                case EXPIRES -> "expires";
                case RENEWABLE -> "may be renewed";
            };
        }
        return switch (kind(p)) {
            case REVERSION -> "reverts";
            case REDEMPTION -> "may be redeemed";
            case EXPIRY -> "term of " + a.id();
        };
    }

    private static Long parseYears(String text) {
        if (text == null) {
            return null;
        }
        String digits = text.replaceAll("[^0-9.]", "");
        return digits.isEmpty() ? null : Math.round(Double.parseDouble(digits));
    }
}
