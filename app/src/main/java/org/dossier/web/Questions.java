package org.dossier.web;

import io.javalin.http.BadRequestResponse;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dossier.chronicle.TensionOptions;
import org.dossier.chronicle.TensionPeriod;
import org.dossier.chronicle.TensionSeries;
import org.dossier.pkg.EnumLabels;
import org.dossier.pkg.views.Timeline;
import org.dossier.pkg.views.TimelineQuery;
import org.dossier.model.ActionKind;
import org.dossier.model.PaymentKind;
import org.dossier.rail.NoRoute;
import org.dossier.rail.RailViews;
import org.dossier.rail.Route;
import org.dossier.rail.RouteOptions;
import org.dossier.regime.InForceAnswer;
import org.dossier.regime.PaymentAnswer;
import org.dossier.regime.Question;
import org.dossier.regime.TermAnswer;
import org.dossier.regime.Verdict;
import org.dossier.time.Edtf;

/**
 * The questions the command line answers, asked of a model with web parameters: names resolved
 * as the CLI resolves them, answers built by the engines and their views, nothing computed here.
 */
final class Questions {
    private final Model model;

    Questions(Model model) {
        this.model = model;
    }

    /** {@code in-force DATE [--party] [--subject]}. */
    InForceAnswer inForce(Params p) {
        String party = p.has("party") ? model.dossier().names().actor(p.optional("party")).id() : null;
        String subject = p.optional("subject");
        return model.regime().inForce().on(date(p.required("date")), party, subject);
    }

    /** {@code check --actor --action [--from --to] [--at] --date [--consent]…}. */
    Verdict check(Params p) {
        var names = model.dossier().names();
        String from = p.has("from") ? names.place(p.optional("from")).id() : null;
        String to = p.has("to") ? names.place(p.optional("to")).id() : null;
        if ((from == null) != (to == null)) {
            throw new BadRequestResponse("a trip needs both 'from' and 'to'");
        }
        String at = p.has("at") ? names.place(p.optional("at")).id() : null;
        List<String> consents = p.all("consent").stream().map(c -> names.actor(c).id()).toList();
        Question q = new Question(names.actor(p.required("actor")).id(), kind(p.required("action"), ActionKind.class, "action"),
            from, to, at, date(p.required("date")), consents);
        return model.regime().verdicts().check(q);
    }

    /** {@code term AGREEMENT-OR-PROVISION [--as-of]}. */
    TermAnswer term(Params p) {
        String ref = p.required("ref");
        String resolved = ref.contains("#")
            ? ref
            : model.dossier().names().agreement(ref).id();
        String asOf = p.has("asOf") ? date(p.optional("asOf")) : null;
        return model.regime().terms().dates(resolved, asOf);
    }

    /** {@code payment AMOUNT CURRENCY --kind --date [--to]}. */
    PaymentAnswer payment(Params p) {
        BigDecimal amount;
        try {
            amount = new BigDecimal(p.required("amount"));
        } catch (NumberFormatException e) {
            throw new BadRequestResponse("amount must be a number, e.g. 1000 or 1000.50");
        }
        String currency = p.required("currency").toUpperCase(java.util.Locale.ROOT);
        String to = p.has("to") ? p.optional("to").toUpperCase(java.util.Locale.ROOT) : null;
        return model.regime().payments().convert(amount, currency, kind(p.required("kind"), PaymentKind.class, "kind"),
            date(p.required("date")), to);
    }

    /** {@code route FROM TO [--date] [--with-projected]}: a route view, or why there is none. */
    Object route(Params p) {
        RouteOptions options = routeOptions(p);
        String a = model.network().station(p.required("from"));
        String b = model.network().station(p.required("to"));
        Optional<Route> route = model.router().findRoute(a, b, options);
        return route.<Object>map(r -> RailViews.route(r, model.network()))
            .orElseGet(() -> RailViews.noRoute(NoRoute.explain(model.network(), a, b, options), options, model.network()));
    }

    /** {@code ports FROM [--port]… [--date] [--with-projected]}. */
    RailViews.PortsView ports(Params p) {
        RouteOptions options = routeOptions(p);
        String a = model.network().station(p.required("from"));
        List<String> targets = p.all("port").isEmpty() ? model.network().ports()
            : p.all("port").stream().map(model.network()::station).toList();
        return RailViews.ports(a, model.ports().from(a, targets, options), options, model.network());
    }

    /** {@code timeline [--actor] [--about] [--from] [--to]}: events by date, each with its earliest and latest day. */
    Map<String, Object> timeline(Params p) {
        String actor = p.has("actor") ? model.dossier().names().actor(p.optional("actor")).id() : null;
        LocalDate from = p.has("from") ? Edtf.parse(p.optional("from")).earliest() : null;
        LocalDate to = p.has("to") ? Edtf.parse(p.optional("to")).latest() : null;
        String about = p.has("about") ? Across.about(List.of(model.dossier().pkg()), p.optional("about")) : null;
        return Timeline.document(model.dossier(), new TimelineQuery(from, to, actor, about));
    }

    /** {@code tension --dyad A,B [--by day|week|month] [--from] [--to] [--attributed include|exclude]}. */
    TensionSeries tension(Params p) {
        String[] dyad = p.required("dyad").split(",");
        if (dyad.length != 2) {
            throw new BadRequestResponse("dyad must be two actors separated by a comma, e.g. soviet-union,japan");
        }
        var names = model.dossier().names();
        return tension(names.actor(dyad[0].strip()).id(), names.actor(dyad[1].strip()).id(), p);
    }

    /** The series of a pair of actor ids, counted as {@code by}, {@code from}, {@code to} and {@code attributed} ask. */
    TensionSeries tension(String a, String b, Params p) {
        TensionPeriod by = p.has("by") ? kind(p.optional("by"), TensionPeriod.class, "by") : TensionPeriod.MONTH;
        return model.tension().series(a, b, by, tensionOptions(p));
    }

    /** As the CLI's {@code --from}/{@code --to} (earliest and latest day of EDTF dates) and {@code --attributed}. */
    static TensionOptions tensionOptions(Params p) {
        LocalDate from = p.has("from") ? Edtf.parse(p.optional("from")).earliest() : null;
        LocalDate to = p.has("to") ? Edtf.parse(p.optional("to")).latest() : null;
        if (from != null && to != null && to.isBefore(from)) {
            throw new BadRequestResponse("'to' " + p.optional("to") + " is before 'from' " + p.optional("from"));
        }
        String attributed = p.has("attributed") ? p.optional("attributed").toLowerCase(java.util.Locale.ROOT) : "include";
        if (!List.of("include", "exclude").contains(attributed)) {
            throw new BadRequestResponse("attributed must be include or exclude");
        }
        return new TensionOptions(attributed.equals("include"), from, to);
    }

    /** The railway network as the map draws it, with who held each track on {@code date}. */
    NetworkView network(Params p) {
        return NetworkView.of(model, p.has("date") ? Edtf.parse(p.optional("date")) : null);
    }

    private static RouteOptions routeOptions(Params p) {
        return new RouteOptions(p.has("date") ? Edtf.parse(p.optional("date")) : null, p.flag("withProjected"));
    }

    /** An EDTF date, checked: a malformed one is the caller's mistake (400). */
    static String date(String text) {
        Edtf.parse(text);
        return text;
    }

    /** An enum by its kebab-case name, as the CLI and the package write it. */
    static <E extends Enum<E>> E kind(String value, Class<E> type, String param) {
        String wanted = value.strip().toLowerCase(java.util.Locale.ROOT);
        for (E c : type.getEnumConstants()) {
            if (EnumLabels.of(c).equals(wanted)) {
                return c;
            }
        }
        throw new BadRequestResponse("unknown " + param + " '" + value + "'; one of "
            + String.join(", ", EnumLabels.all(type)));
    }

}
