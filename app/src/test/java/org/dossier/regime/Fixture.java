package org.dossier.regime;

import java.util.ArrayList;
import java.util.List;
import org.dossier.model.ActionKind;
import org.dossier.model.Actor;
import org.dossier.model.ActorKind;
import org.dossier.model.Agreement;
import org.dossier.model.AgreementKind;
import org.dossier.model.AgreementStatus;
import org.dossier.model.Claim;
import org.dossier.model.ClaimStance;
import org.dossier.model.Anchor;
import org.dossier.model.Condition;
import org.dossier.model.ConditionKind;
import org.dossier.model.Control;
import org.dossier.model.ControlKind;
import org.dossier.model.DossierPackage;
import org.dossier.model.Event;
import org.dossier.model.Figure;
import org.dossier.model.Line;
import org.dossier.model.LineStatus;
import org.dossier.model.Manifest;
import org.dossier.model.PaymentKind;
import org.dossier.model.Place;
import org.dossier.model.PlaceKind;
import org.dossier.model.Provision;
import org.dossier.model.ProvisionKind;
import org.dossier.model.ProvisionRef;
import org.dossier.model.ProvisionUse;
import org.dossier.model.Rate;
import org.dossier.model.Reading;
import org.dossier.model.Relation;
import org.dossier.model.RelationKind;
import org.dossier.model.Source;
import org.dossier.model.SourceKind;
import org.dossier.model.Succession;
import org.dossier.model.Term;
import org.dossier.model.TermEffect;

/**
 * A small package that mirrors the report's own cases: the Chinese Eastern under the 1896 contract,
 * the Peking and Mukden agreements, Portsmouth article 7 reaffirmed in 1925, the conventions of
 * 1907 and 1910 repudiated, the Soviet consent of January 1932, the lease-payment regimes, and a few
 * coded events. Quotes are the report's words.
 */
final class Fixture {
    private Fixture() {}

    static Anchor q(String exact, int page) {
        return new Anchor(exact, null, null, page);
    }

    static Actor actor(String id, String name, String partOf, String from, Succession... succeeds) {
        return new Actor(id, name, List.of(), ActorKind.STATE, null, partOf, from, null, List.of(succeeds), null, List.of(), null, null);
    }

    static Provision provision(String id, ProvisionKind kind, List<String> bearers, List<String> counterparties,
                               ActionKind action, String subject, List<String> scope, List<Condition> conditions,
                               List<Condition> exceptions, Term term, List<Reading> readings, String text, Anchor anchor) {
        return new Provision(id, null, kind, bearers, counterparties, action, subject, scope, conditions, exceptions, term,
            readings, text, anchor);
    }

    static Agreement agreement(String id, String name, AgreementKind kind, List<String> parties, String signed,
                               Figure term, AgreementStatus status, Anchor anchor, Provision... provisions) {
        return new Agreement(id, name, List.of(), kind, parties, null, signed, null, null, term, status, false, null,
            List.of(provisions), List.of(), anchor == null ? List.of() : List.of(anchor), null);
    }

    static Relation relation(String id, RelationKind type, String subject, String object, String date, Anchor anchor) {
        return new Relation(id, type, subject, object, date, null, null, null, null, anchor, null);
    }

    static Event event(String id, String date, List<String> actors, List<String> targets, String action, double goldstein,
                       List<ProvisionRef> refs, Anchor anchor) {
        return new Event(id, date, actors, targets, action, null, goldstein, null, List.of(), refs, List.of(), null,
            List.of(), List.of(), anchor, null);
    }

    static Place place(String id, String name, String within) {
        return new Place(id, name, List.of(), PlaceKind.CITY, null, within, null, null, List.of(), null, null);
    }

    static Line line(String id, String partOf, List<String> stations, Control... control) {
        return new Line(id, id, List.of(), partOf, LineStatus.OPEN, stations, List.of(), null, null, null, null,
            List.of(control), List.of(), null, null);
    }

    static Figure years(double n, Anchor a) {
        return new Figure(n, "years", a, null, false, null);
    }

    static final Anchor ART7 = q("exclusively for commercial and industrial purposes and in no wise for strategic purposes", 143);

    static DossierPackage flagship() {
        List<Actor> actors = List.of(
            actor("tsarist-russia", "Tsarist Russia", null, null),
            actor("soviet-union", "Soviet Union", null, "1917-11-07",
                new Succession("tsarist-russia", "1917-11-07", false, q("with the Soviet Union replacing the Tsarist Empire", 135), null)),
            actor("karakhan", "Karakhan", "soviet-union", null),
            actor("japan", "Japan", null, null),
            actor("hirota", "Hirota", "japan", null),
            actor("china", "China", null, null),
            actor("mukden-authorities", "Mukden authorities", "china", null),
            actor("manchoukuo", "Manchoukuo", null, "1932-03-01",
                new Succession("mukden-authorities", "1932-03-01", true, null, null)),
            actor("cer-company", "Chinese Eastern Railway company", null, "1896-12"),
            actor("cer-chinese-officials", "Chinese authorities of the Chinese Eastern", "cer-company", null),
            actor("russo-chinese-bank", "Russo-Chinese bank", null, null));
        List<Place> places = List.of(place("manchuria", "Manchuria", null), place("north-manchuria", "North Manchuria", "manchuria"),
            place("harbin", "Harbin", "north-manchuria"), place("changchun", "Changchun", "manchuria"),
            place("imienpo", "Imienpo", "north-manchuria"), place("hailin", "Hailin", "north-manchuria"),
            place("pogranichnaya", "Pogranichnaya", "north-manchuria"), place("dairen", "Dairen", "manchuria"),
            place("soviet-korean-border", "Soviet-Korean border", null));
        Control joint = new Control("soviet-union", ControlKind.JOINT_MANAGEMENT, null, null, "1924-10-03/1932-03-01",
            "peking-provisional-management-1924", null);
        List<Line> lines = List.of(
            line("cer", null, List.of(), joint),
            line("cer-south", "cer", List.of("changchun", "harbin"),
                new Control("south-manchuria-railway", ControlKind.SEIZED, null, null, "1932-01-30/..", null,
                    q("the South Manchuria Railway was taking over the southern branch of the Chinese Eastern", 143))),
            line("cer-east", "cer", List.of("harbin", "imienpo", "hailin", "pogranichnaya")),
            line("south-manchuria-railway-line", null, List.of("dairen", "changchun")));
        return new DossierPackage(new Manifest("fixture", "fixture", null, null, null, null),
            List.of(new Source("report", SourceKind.REPORT, "The Soviet Union and Japan in the Far East", "Vera Micheles Dean",
                null, null, null, "1932-08-17", List.of(), null, null)),
            actors, places, lines, agreements(), relations(), events(), claims(), List.of(), rates());
    }

    private static List<Agreement> agreements() {
        List<Agreement> out = new ArrayList<>();
        out.add(agreement("cer-contract-1896", "Chinese Eastern Railway contract", AgreementKind.CONTRACT,
            List.of("china", "russo-chinese-bank"), "1896-09-08", null, AgreementStatus.CONCLUDED, null,
            provision("reversion-80", ProvisionKind.TERM, List.of("russo-chinese-bank"), List.of("china"), ActionKind.RAILWAY_REVERSION,
                "cer", List.of("cer"), List.of(), List.of(), new Term(years(80, null), "cer-opened", TermEffect.REVERTS_FREE, null),
                List.of(), "at the expiration of 80 years from the date of completion, the railway was to revert to China free of charge",
                q("the railway was to revert to China free of charge", 136)),
            provision("purchase-36", ProvisionKind.RIGHT, List.of("china"), List.of("russo-chinese-bank"), ActionKind.RAILWAY_REDEMPTION,
                "cer", List.of("cer"), List.of(), List.of(), new Term(years(36, null), "cer-opened", TermEffect.PURCHASABLE, null),
                List.of(), "at the expiration of 36 years China was to have the right to buy it",
                q("at the expiration of 36 years China was to have the right to buy it", 136))));
        out.add(agreement("portsmouth-treaty-1905", "Treaty of Portsmouth", AgreementKind.TREATY, List.of("tsarist-russia", "japan"),
            "1905-09-05", null, AgreementStatus.CONCLUDED, null,
            provision("art7", ProvisionKind.PROHIBITION, List.of("parties"), List.of(), ActionKind.TROOP_TRANSPORT, "cer",
                List.of("manchuria", "cer"), List.of(),
                List.of(new Condition(ConditionKind.PURPOSE, null, "commercial-and-industrial",
                    "exclusively for commercial and industrial purposes", ART7)), null,
                List.of(new Reading("soviet-union", "prohibited", "the transportation of troops on the Chinese Eastern violated Article 7",
                        "karakhan-reply-1932-02-27", q("the transportation of troops on the Chinese Eastern violated Article 7", 143)),
                    new Reading("japan", "permitted", "the Japanese would go to Imienpo solely to protect some 20,000 Japanese nationals",
                        "hirota-request-1932-02-27", q("solely to protect some 20,000 Japanese na", 143))),
                "to use Manchurian railways exclusively for commercial and industrial purposes and in no wise for strategic purposes",
                ART7),
            provision("art2", ProvisionKind.PROHIBITION, List.of("parties"), List.of(), ActionKind.MILITARY_MEASURES, null,
                List.of("soviet-korean-border"), List.of(), List.of(), null, List.of(),
                "to abstain from any military measures which might threaten the security of Russian or Korean territory",
                q("abstain from any military measures", 144))));
        out.add(agreement("russo-japanese-convention-1907", "secret convention of 1907", AgreementKind.CONVENTION,
            List.of("tsarist-russia", "japan"), "1907-07-30", null, AgreementStatus.CONCLUDED, null));
        out.add(agreement("peking-general-principles-1924", "Agreement on General Principles", AgreementKind.AGREEMENT,
            List.of("soviet-union", "china"), "1924-05-31", null, AgreementStatus.CONCLUDED, null,
            provision("contract-pending-revision", ProvisionKind.OBLIGATION, List.of("parties"), List.of("parties"),
                ActionKind.RAILWAY_OPERATION, "cer", List.of("cer"), List.of(), List.of(), null, List.of(),
                "Pending revision, the 1896 railway contract and the charter were to remain in force", q("Pend", 136)),
            provision("redemption-chinese-capital", ProvisionKind.RIGHT, List.of("china"), List.of("soviet-union"),
                ActionKind.RAILWAY_REDEMPTION, "cer", List.of("cer"),
                List.of(new Condition(ConditionKind.CAPITAL, null, "chinese", "with Chinese capital", q("with Chinese capital", 136))),
                List.of(), null, List.of(), "the right to redeem the line with Chinese capital", q("redeem the line", 136))));
        out.add(agreement("mukden-agreement-1924", "Mukden agreement", AgreementKind.AGREEMENT,
            List.of("soviet-union", "mukden-authorities"), "1924-09-20", null, AgreementStatus.CONCLUDED, null,
            provision("reversion-60", ProvisionKind.TERM, List.of("soviet-union"), List.of("mukden-authorities"),
                ActionKind.RAILWAY_REVERSION, "cer", List.of("cer"), List.of(), List.of(),
                new Term(years(60, null), "cer-opened", TermEffect.REVERTS_FREE, null), List.of(),
                "the concession period of 80 years was to be reduced to 60", q("was to be reduced to", 136)),
            provision("redemption-chinese-capital", ProvisionKind.RIGHT, List.of("mukden-authorities"), List.of("soviet-union"),
                ActionKind.RAILWAY_REDEMPTION, "cer", List.of("cer"),
                List.of(new Condition(ConditionKind.CAPITAL, null, "chinese", "redemption must be made with Chinese capital",
                    q("redemption must be made with Chinese capital", 146))),
                List.of(), null, List.of(), "redemption must be made with Chinese capital", q("redemption must be made with Chinese capital", 146))));
        out.add(agreement("soviet-japanese-convention-1925", "Soviet-Japanese convention", AgreementKind.CONVENTION,
            List.of("soviet-union", "japan"), "1925-01-20", null, AgreementStatus.CONCLUDED, null,
            provision("portsmouth-in-force", ProvisionKind.OBLIGATION, List.of("parties"), List.of("parties"), ActionKind.OTHER, null,
                List.of(), List.of(), List.of(), null, List.of(), "the Portsmouth treaty of 1905 remained in force", q("remained in force", 137))));
        out.add(agreement("soviet-consent-1932-01-29", "Soviet consent to Japanese troop transport to Harbin", AgreementKind.UNDERTAKING,
            List.of("soviet-union", "japan"), "1932-01-29/1932-01-30", null, AgreementStatus.CONCLUDED, null,
            provision("troops-to-harbin", ProvisionKind.PERMISSION, List.of("japan"), List.of("soviet-union"), ActionKind.TROOP_TRANSPORT,
                "cer", List.of("cer-south", "changchun", "harbin"),
                List.of(new Condition(ConditionKind.NO_OBJECTION, "cer-chinese-officials", null,
                        "provided the Chinese authorities of the railway offered no objection", q("offered no objection", 143)),
                    new Condition(ConditionKind.UNDERTAKING, "japan", null,
                        "provided the Japanese undertook not to damage Soviet interests in the railway", q("not to damage", 143))),
                List.of(), null, List.of(), "agreed to permit the transportation of Japanese troops", q("agreed to permit the transportation", 143))));
        Condition notInfringe = new Condition(ConditionKind.UNDERTAKING, "japan", null,
            "on condition that Soviet rights and interests in the Chinese Eastern would not be infringed", q("would not be infringed", 144));
        out.add(agreement("soviet-consent-1932-02-27", "Soviet consent to Japanese troop transport to Imienpo", AgreementKind.UNDERTAKING,
            List.of("soviet-union", "japan"), "1932-02-27", null, AgreementStatus.CONCLUDED, null,
            provision("harbin-imienpo", ProvisionKind.PERMISSION, List.of("japan"), List.of("soviet-union"), ActionKind.TROOP_TRANSPORT,
                "cer", List.of("cer-east", "harbin", "imienpo"),
                List.of(notInfringe, new Condition(ConditionKind.PURPOSE, "japan", null,
                    "solely to protect some 20,000 Japanese nationals", q("solely to protect some 20,000 Japanese na", 143))),
                List.of(), null, List.of(), "a limited number of Japanese troops from Harbin to Imienpo", q("a limited number", 143)),
            provision("imienpo-hailin", ProvisionKind.PERMISSION, List.of("japan"), List.of("soviet-union"), ActionKind.TROOP_TRANSPORT,
                "cer", List.of("cer-east", "imienpo", "hailin"),
                List.of(new Condition(ConditionKind.NECESSITY, null, null, "in case of extreme necessity", q("extreme necessity", 143)),
                    notInfringe),
                List.of(), null, List.of(), "and, in case of extreme necessity, to Hailin", q("to Hailin", 143))));
        out.add(agreement("fishery-convention-1928", "fishery convention", AgreementKind.CONVENTION, List.of("soviet-union", "japan"),
            "1928-01-25", years(8, q("for a term of eight years", 137)), AgreementStatus.CONCLUDED, null,
            provision("fishing-right", ProvisionKind.RIGHT, List.of("japan"), List.of("soviet-union"), ActionKind.FISHING, null,
                List.of(), List.of(), List.of(new Condition(ConditionKind.PURPOSE, null, null,
                    "with the exception of 37 specified rivers and inlets", q("37 speci", 137))), null, List.of(),
                "the right to catch and prepare fish along the Soviet coasts", q("the right to catch", 137))));
        out.add(agreement("non-aggression-pact-proposal-1931", "proposed non-aggression pact", AgreementKind.PACT,
            List.of("soviet-union", "japan"), "1931-12-31", null, AgreementStatus.PROPOSED, null));
        return out;
    }

    private static List<Relation> relations() {
        Relation modifies = new Relation("mukden-modifies-term", RelationKind.MODIFIES, "mukden-agreement-1924#reversion-60",
            "cer-contract-1896#reversion-80", "1924-09-20", "term.years", "80", "60", null, q("was to be reduced to", 136), null);
        Relation pending = new Relation("peking-keeps-contract", RelationKind.REMAINS_IN_FORCE_PENDING,
            "peking-general-principles-1924#contract-pending-revision", "cer-contract-1896", "1924-05-31", null, null, null,
            "revision at a subsequent conference", q("Pending revision", 136), null);
        return List.of(modifies, pending,
            relation("convention-reaffirms-art7", RelationKind.REAFFIRMS, "soviet-japanese-convention-1925#portsmouth-in-force",
                "portsmouth-treaty-1905#art7", "1925-01-20", q("reaffirmed by the Soviet-Japanese convention of 1925", 143)),
            relation("convention-keeps-portsmouth", RelationKind.REAFFIRMS, "soviet-japanese-convention-1925#portsmouth-in-force",
                "portsmouth-treaty-1905", "1925-01-20", q("remained in force", 137)),
            relation("soviet-repudiates-1907", RelationKind.REPUDIATES, "soviet-union", "russo-japanese-convention-1907", null,
                q("have been repudiated by the Soviet govern", 139)),
            relation("manchoukuo-acquiesces-mukden", RelationKind.ACQUIESCES_IN, "manchoukuo", "mukden-agreement-1924", "1932-08-17",
                q("has made no attempt to repudiate the Mukden agreement", 146)));
    }

    private static List<Event> events() {
        ProvisionRef art7Invoked = new ProvisionRef("portsmouth-treaty-1905#art7", ProvisionUse.CLAIMS_BREACH);
        ProvisionRef art7Lifted = new ProvisionRef("portsmouth-treaty-1905#art7", ProvisionUse.GRANTS_EXCEPTION);
        return List.of(
            event("cer-opened", "1903-07-01", List.of("cer-company"), List.of(), "line opened to traffic", 0, List.of(),
                q("the line was opened to traffic on July 1, 1903", 136)),
            event("occupation-begins", "1931-09-18", List.of("japan"), List.of("china"), "occupation of Manchuria", -9, List.of(),
                q("which began on September 18, 1931", 140)),
            event("consul-protests", "1931-09-23", List.of("soviet-consulate-general-harbin"), List.of("japan"), "protest", -2, List.of(),
                q("protested against the occupation", 141)),
            event("karakhan-reply-1932-02-27", "1932-02", List.of("karakhan"), List.of("japan"),
                "replies that troop transport violates article 7 but permits a limited number", -2, List.of(art7Invoked, art7Lifted),
                q("the transportation of troops on the Chinese Eastern violated Article 7", 143)),
            event("train-wreck", "1932-04-12", List.of("communist-bandits"), List.of("japan"), "troop train wrecked", -10, List.of(),
                q("wrecking of a Japanese troop train", 144)),
            event("izvestia-denounces", "1932-04-15", List.of("izvestia"), List.of("japan"), "denounces provocations", -4, List.of(),
                q("new provocations in Manchuria", 144)),
            event("fishery-prolonged", "1932-05-04", List.of("soviet-union", "japan"), List.of("japan", "soviet-union"),
                "prolong the lease-payment agreement", 4, List.of(), q("decided to prolong for one year", 145)),
            event("saito-reassures", "1932-06-02", List.of("saito"), List.of("soviet-union"), "declares the Soviet attitude correct", 3.4,
                List.of(), q("perfectly correct", 145)));
    }

    private static List<Claim> claims() {
        return List.of(
            new Claim("hirota-protection", "hirota", "1932-02-27", ClaimStance.ASSERTS,
                "Japanese troops will go to Imienpo solely to protect some 20,000 Japanese nationals", List.of("hirota-request"),
                null, List.of(), List.of(), q("solely to protect", 143), null),
            new Claim("karakhan-art7", "karakhan", "1932-02-27", ClaimStance.COUNTER_CLAIMS,
                "Transporting troops on the Chinese Eastern violates Article 7", List.of("karakhan-reply-1932-02-27",
                    "portsmouth-treaty-1905"), "hirota-protection", List.of(), List.of(), q("violated Article 7", 143), null),
            new Claim("unrelated", "izvestia", "1932-03-04", ClaimStance.ALLEGES, "documents of Japanese military circles",
                List.of("portsmouth-treaty-1905"), null, List.of(), List.of(), q("Lake Baikal", 144), null));
    }

    private static List<Rate> rates() {
        return List.of(
            new Rate("bank-of-chosen", "payment through the Bank of Chosen", List.of(PaymentKind.LEASE), "../1930-11",
                List.of(), List.of(), null, List.of(), q("through the Vladivostok branch of the Bank of Chosen", 138), null),
            new Rate("gold-parity", "gold parity", List.of(PaymentKind.LEASE, PaymentKind.TAX, PaymentKind.FINE), "1930-12/..",
                List.of("soviet-union"), List.of(), null,
                List.of(new Figure(51.45, "cents/ruble", q("gold parity value of 51.45 cents", 138), null, false, null)),
                q("at the gold parity value of 51.45 cents", 138), null),
            new Rate("compromise-1931", "1931 compromise", List.of(PaymentKind.LEASE), "1931-06/..",
                List.of(), List.of("soviet-union", "japan"), "fishery-lease-payment-agreement-1931",
                List.of(new Figure(32.5, "sen/ruble", q("32.5 sen", 138), null, false, null),
                    new Figure(16.0, "cents/ruble", q("(16 cents)", 138), null, false, null)),
                q("a valuation of 32.5 sen (16 cents)", 138), null),
            new Rate("official-quotation", "official Soviet quotation", List.of(PaymentKind.TAX, PaymentKind.FINE), "1931-06/..",
                List.of("soviet-union"), List.of(), null, List.of(), q("be paid at the official quotation", 138), null));
    }
}
