package org.dossier.web;

import java.util.List;
import org.dossier.pkg.EnumLabels;
import org.dossier.regime.Basis;
import org.dossier.regime.InForceAnswer;

/** Agreements in force on a chosen date: parties, provisions (as modified then), relations and anchors. */
final class AgreementsPage {
    private AgreementsPage() {}

    static String render(Model m, String slug, Params p, InForceAnswer answer, String defaultDate) {
        Answers.Quotes quotes = Answers.Quotes.of(m, slug);
        Html h = new Html();
        h.el("h1", "Agreements in force");
        h.open("form", "method", "get", "action", "/agreements", "class", "controls", "id", "in-force-form");
        h.open("label").text("On ");
        h.empty("input", "type", "text", "name", "date", "id", "date", "value", p.has("date") ? p.optional("date") : defaultDate,
            "placeholder", "EDTF, e.g. 1932-02-27", "maxlength", String.valueOf(Limits.QUERY));
        h.close("label");
        Forms.select(h, "party", "binding", Forms.actors(m), p, true);
        h.el("button", "Show", "type", "submit");
        h.close("form");
        h.el("p", answer.agreements().size() + " agreement(s) in force on " + answer.date()
            + (answer.indeterminate().isEmpty() ? "" : "; " + answer.indeterminate().size() + " indeterminate"),
            "class", "result-count", "id", "in-force-count");
        for (InForceAnswer.AgreementInForce a : answer.agreements()) {
            h.open("article", "class", "agreement", "id", "agreement-" + a.id());
            h.open("h2").el("a", a.name(), "href", "/facts/" + slug + "/agreement/" + a.id()).close("h2");
            h.el("p", "Parties: " + String.join(", ", a.parties()), "class", "meta");
            if (a.anchor() != null) {
                Answers.render(h, "Where the report states it", a.anchor(), quotes);
            }
            because(h, a.because(), quotes);
            if (!a.provisions().isEmpty()) {
                h.el("h3", "Provisions");
                h.open("ol", "class", "provisions");
                for (InForceAnswer.ProvisionInForce pr : a.provisions()) {
                    h.open("li", "id", "provision-" + pr.id().replace('#', '-'));
                    h.el("strong", (pr.article() == null ? "" : "Art. " + pr.article() + " · ")
                        + (pr.kind() == null ? "" : EnumLabels.of(pr.kind())) + (pr.action() == null ? ""
                        : " · " + EnumLabels.of(pr.action())));
                    h.el("p", pr.text() == null ? pr.subject() : pr.text());
                    Answers.render(h, "Details", new Details(pr.parties(), pr.modified(), pr.readings(), pr.precedents(),
                        pr.because(), pr.anchor()), quotes);
                    h.close("li");
                }
                h.close("ol");
            }
            h.close("article");
        }
        if (!answer.indeterminate().isEmpty()) {
            h.el("h2", "Indeterminate on this date");
            Answers.render(h, "Why", answer.indeterminate(), quotes);
        }
        return Layout.page("Agreements", "Agreements", h, null);
    }

    /** The parts of a provision in force shown under it. */
    record Details(List<String> parties, List<InForceAnswer.Modification> modified, Object readings, Object precedents,
                   List<Basis> because, Object anchor) {}

    private static void because(Html h, List<Basis> because, Answers.Quotes quotes) {
        if (!because.isEmpty()) {
            Answers.render(h, "Because", because, quotes);
        }
    }
}
