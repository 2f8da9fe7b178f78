package org.dossier.pkg.views;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.dossier.model.Agreement;
import org.dossier.model.DossierPackage;
import org.dossier.model.Provision;

/**
 * What an item of a package is about, as ids: its own id, every id of the package its record names
 * (however deeply: provisions, controls, conditions …), the agreement of every provision it names,
 * and the scope (lines and places) of the provisions it names, or of every provision of an
 * agreement it names. Karakhan's protest naming Portsmouth article 7 is thus about the Chinese
 * Eastern Railway that article covers. Ids are shared across packages by convention, so the same
 * id finds the same thing in every document.
 *
 * <p>Read from the records' JSON, so that a component added to a record is followed without changes
 * here; a text value counts only when it is exactly an id the package defines.
 */
public final class Mentions {
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new Jdk8Module());

    private final Set<String> ids = new HashSet<>();
    private final Map<String, Set<String>> scopes = new HashMap<>();

    private Mentions(DossierPackage p) {
        add(p.sources(), s -> s.id());
        add(p.actors(), a -> a.id());
        add(p.places(), pl -> pl.id());
        add(p.lines(), l -> l.id());
        add(p.agreements(), a -> a.id());
        add(p.relations(), r -> r.id());
        add(p.events(), e -> e.id());
        add(p.claims(), c -> c.id());
        add(p.quantities(), q -> q.id());
        add(p.rates(), r -> r.id());
        for (Agreement a : p.agreements()) {
            Set<String> all = scopes.computeIfAbsent(a.id(), k -> new LinkedHashSet<>());
            for (Provision pr : a.provisions()) {
                String ref = a.id() + "#" + pr.id();
                ids.add(ref);
                scopes.put(ref, new LinkedHashSet<>(pr.scope()));
                all.addAll(pr.scope());
            }
        }
    }

    public static Mentions of(DossierPackage pkg) {
        return new Mentions(pkg);
    }

    /** Whether {@code id} is an id this package defines (of any kind, or a provision {@code agreement#provision}). */
    public boolean defines(String id) {
        return ids.contains(id);
    }

    /** The ids {@code record} (an item of the package) is about, in the order they are found. */
    public Set<String> of(Object record) {
        Set<String> found = new LinkedHashSet<>();
        walk(JSON.valueToTree(record), found);
        Set<String> out = new LinkedHashSet<>(found);
        for (String id : found) {
            int hash = id.indexOf('#');
            if (hash > 0) {
                out.add(id.substring(0, hash));
            }
            out.addAll(scopes.getOrDefault(id, Set.of()));
        }
        return out;
    }

    private void walk(JsonNode node, Set<String> out) {
        if (node.isTextual()) {
            if (ids.contains(node.asText())) {
                out.add(node.asText());
            }
        } else if (node.isContainerNode()) {
            node.forEach(n -> walk(n, out));
        }
    }

    private <T> void add(List<T> items, Function<T, String> id) {
        for (T item : items) {
            String value = id.apply(item);
            if (value != null && !value.isBlank()) {
                ids.add(value);
            }
        }
    }
}
