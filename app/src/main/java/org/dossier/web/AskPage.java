package org.dossier.web;

import io.javalin.http.HttpResponseException;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.dossier.model.ActionKind;
import org.dossier.model.PaymentKind;
import org.dossier.model.UnknownNameException;
import org.dossier.rail.NotOnNetworkException;

/**
 * Ask: forms for {@code check}, {@code route}, {@code ports} and {@code payment}, answered below
 * the form with the same reasons and anchors as the command line.
 */
final class AskPage {
    private static final List<Forms.Choice> CURRENCIES = List.of(
        new Forms.Choice("RUB", "RUB"), new Forms.Choice("USD", "USD"), new Forms.Choice("JPY", "JPY"));

    private AskPage() {}

    /** The page, and the status to answer with (400 when the question was malformed). */
    record Rendered(String html, int status) {}

    static Rendered render(Model m, String slug, Params p) {
        Html h = new Html();
        h.el("h1", "Ask");
        h.el("p", "Questions about what the agreements allowed, along which railways and at what rate, answered "
            + "from the package with the provisions, events and passages they rest on.", "class", "lead");
        String form = p.optional("form");
        Questions q = new Questions(m);
        Answers.Quotes quotes = Answers.Quotes.of(m, slug);
        int status = 200;
        status = Math.max(status, section(h, "check", "May an actor do this?", form, p, own -> checkForm(h, m, own),
            () -> q.check(p), quotes));
        status = Math.max(status, section(h, "route", "Route between two stations", form, p,
            own -> routeForm(h, m, own), () -> q.route(p), quotes));
        status = Math.max(status, section(h, "ports", "Distances to the ports", form, p, own -> portsForm(h, m, own),
            () -> q.ports(p), quotes));
        status = Math.max(status, section(h, "payment", "Convert a payment", form, p, own -> paymentForm(h, own),
            () -> q.payment(p), quotes));
        return new Rendered(Layout.page("Ask", "Ask", h, null), status);
    }

    /** One question: its form (keeping what was asked), and its answer when it is the one asked. */
    private static int section(Html h, String name, String title, String asked, Params p, Consumer<Params> form,
                               Supplier<Object> answer, Answers.Quotes quotes) {
        h.open("section", "class", "question", "id", "ask-" + name);
        h.el("h2", title);
        h.open("form", "method", "get", "action", "/ask#ask-" + name, "class", "controls", "id", "form-" + name);
        h.empty("input", "type", "hidden", "name", "form", "value", name);
        form.accept(name.equals(asked) ? p : Params.none());
        h.el("button", "Ask", "type", "submit");
        h.close("form");
        int status = 200;
        if (name.equals(asked)) {
            try {
                Answers.render(h, "Answer", answer.get(), quotes);
            } catch (HttpResponseException e) {
                status = e.getStatus();
                h.el("p", e.getMessage(), "class", "error", "id", "answer");
            } catch (UnknownNameException | NotOnNetworkException | IllegalArgumentException e) {
                status = 400;
                h.el("p", e.getMessage(), "class", "error", "id", "answer");
            }
        }
        h.close("section");
        return status;
    }

    private static void checkForm(Html h, Model m, Params own) {
        Forms.select(h, "actor", "Actor", Forms.actors(m), own, false);
        Forms.select(h, "action", "action", Forms.labels(ActionKind.class), own, false);
        Forms.select(h, "from", "from", Forms.places(m), own, true);
        Forms.select(h, "to", "to", Forms.places(m), own, true);
        Forms.select(h, "at", "at", Forms.places(m), own, true);
        Forms.input(h, "date", "date", "text", own, "EDTF, e.g. 1932-02-27");
        Forms.select(h, "consent", "with the consent of", Forms.actors(m), own, true);
    }

    private static void routeForm(Html h, Model m, Params own) {
        Forms.select(h, "from", "From", Forms.stations(m), own, false);
        Forms.select(h, "to", "to", Forms.stations(m), own, false);
        Forms.input(h, "date", "date", "text", own, "EDTF (optional)");
        Forms.checkbox(h, "withProjected", "with projected lines", own);
    }

    private static void portsForm(Html h, Model m, Params own) {
        Forms.select(h, "from", "From", Forms.stations(m), own, false);
        Forms.input(h, "date", "date", "text", own, "EDTF (optional)");
        Forms.checkbox(h, "withProjected", "with projected lines", own);
    }

    private static void paymentForm(Html h, Params own) {
        Forms.input(h, "amount", "Amount", "text", own, "e.g. 1000");
        Forms.select(h, "currency", "currency", CURRENCIES, own, false);
        Forms.select(h, "kind", "kind", Forms.labels(PaymentKind.class), own, false);
        Forms.input(h, "date", "date", "text", own, "EDTF, e.g. 1931-06");
        Forms.select(h, "to", "to", CURRENCIES, own, true);
    }
}
