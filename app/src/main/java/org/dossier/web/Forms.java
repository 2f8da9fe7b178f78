package org.dossier.web;

import java.util.Comparator;
import java.util.List;
import org.dossier.pkg.EnumLabels;
import org.dossier.model.Actor;
import org.dossier.model.Place;

/** Form controls the question pages share: labelled inputs and selects keeping what was asked. */
final class Forms {
    /** One choice of a select: the value sent and the label shown. */
    record Choice(String value, String label) {}

    private Forms() {}

    static void input(Html h, String name, String label, String type, Params p, String placeholder) {
        h.open("label").text(label + " ");
        h.empty("input", "type", type, "name", name, "value", p.optional(name), "placeholder", placeholder,
            "maxlength", String.valueOf(Limits.QUERY), "id", name);
        h.close("label");
    }

    static void select(Html h, String name, String label, List<Choice> choices, Params p, boolean optional) {
        String chosen = p.optional(name);
        h.open("label").text(label + " ");
        h.open("select", "name", name, "id", name);
        if (optional) {
            h.el("option", "—", "value", "");
        }
        for (Choice c : choices) {
            h.el("option", c.label(), "value", c.value(), "selected", c.value().equals(chosen) ? "selected" : null);
        }
        h.close("select").close("label");
    }

    static void checkbox(Html h, String name, String label, Params p) {
        h.open("label").empty("input", "type", "checkbox", "name", name, "value", "on", "id", name,
            "checked", p.flag(name) ? "checked" : null).text(" " + label).close("label");
    }

    static List<Choice> actors(Model m) {
        return m.dossier().pkg().actors().stream().sorted(Comparator.comparing(Actor::name))
            .map(a -> new Choice(a.id(), a.name())).toList();
    }

    static List<Choice> places(Model m) {
        return m.dossier().pkg().places().stream().sorted(Comparator.comparing(Place::name))
            .map(pl -> new Choice(pl.id(), pl.name())).toList();
    }

    /** Every station a track reaches, those only on sections of unknown length included (a way may still be found). */
    static List<Choice> stations(Model m) {
        java.util.Set<String> ids = new java.util.LinkedHashSet<>(m.network().graph(true).vertexSet());
        m.network().unknownTracks().forEach(t -> {
            ids.add(t.from());
            ids.add(t.to());
        });
        return ids.stream()
            .map(id -> new Choice(id, m.network().nameOf(id)))
            .sorted(Comparator.comparing(Choice::label)).toList();
    }

    static <E extends Enum<E>> List<Choice> labels(Class<E> type) {
        return EnumLabels.all(type).stream().map(l -> new Choice(l, l)).toList();
    }
}
