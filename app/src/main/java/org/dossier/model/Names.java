package org.dossier.model;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.dossier.text.EditDistance;

/**
 * Resolves what a user types — an id, a name or an alias, in any case — to a package item of one
 * kind, and suggests the nearest known names when nothing matches.
 */
public final class Names {
    private static final int MAX_SUGGESTIONS = 3;

    private final Directory<Actor> actors;
    private final Directory<Place> places;
    private final Directory<Agreement> agreements;
    private final Directory<Line> lines;
    private final Directory<Source> sources;
    private final Directory<Event> events;
    private final Map<String, Provision> provisions = new LinkedHashMap<>();

    private Names(DossierPackage pkg) {
        actors = new Directory<>("actor", pkg.actors(), Actor::id, Actor::name, Actor::aliases);
        places = new Directory<>("place", pkg.places(), Place::id, Place::name, Place::aliases);
        agreements = new Directory<>("agreement", pkg.agreements(), Agreement::id, Agreement::name, Agreement::aliases);
        lines = new Directory<>("line", pkg.lines(), Line::id, Line::name, Line::aliases);
        sources = new Directory<>("source", pkg.sources(), Source::id, Source::title, s -> List.of());
        events = new Directory<>("event", pkg.events(), Event::id, Event::action, e -> List.of());
        for (Agreement a : pkg.agreements()) {
            for (Provision p : a.provisions()) {
                provisions.put(provisionKey(a.id(), p.id()), p);
            }
        }
    }

    public static Names of(DossierPackage pkg) {
        return new Names(pkg);
    }

    /** The key under which a provision is referenced: {@code agreement-id#provision-id}. */
    public static String provisionKey(String agreementId, String provisionId) {
        return agreementId + "#" + provisionId;
    }

    public Actor actor(String query) { return actors.get(query); }
    public Place place(String query) { return places.get(query); }
    public Agreement agreement(String query) { return agreements.get(query); }
    public Line line(String query) { return lines.get(query); }
    public Source source(String query) { return sources.get(query); }
    public Event event(String query) { return events.get(query); }

    public Optional<Actor> findActor(String query) { return actors.find(query); }
    public Optional<Place> findPlace(String query) { return places.find(query); }
    public Optional<Agreement> findAgreement(String query) { return agreements.find(query); }
    public Optional<Line> findLine(String query) { return lines.find(query); }
    public Optional<Source> findSource(String query) { return sources.find(query); }
    public Optional<Event> findEvent(String query) { return events.find(query); }

    /** A provision by its key {@code agreement#provision}; the agreement part may be a name. */
    public Optional<Provision> findProvision(String key) {
        int hash = key.indexOf('#');
        if (hash < 0) {
            return Optional.empty();
        }
        String provision = key.substring(hash + 1).trim().toLowerCase(Locale.ROOT);
        return agreements.find(key.substring(0, hash))
            .map(a -> provisions.get(provisionKey(a.id(), provision)));
    }

    public Provision provision(String key) {
        return findProvision(key).orElseThrow(() -> {
            List<Map.Entry<String, List<String>>> keys = provisions.keySet().stream()
                .map(k -> Map.entry(k, List.of(k))).toList();
            return new UnknownNameException("provision", key, nearest(key, keys));
        });
    }

    /** Lower-cased, accents and punctuation folded: "Chang Tso-lin" and "chang tso lin" agree. */
    static String fold(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return n.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("[^\\p{L}\\p{N}']+", " ").trim();
    }

    /**
     * A name without the trailing date or gloss that tells items of one kind apart: "Mukden
     * agreement of 1924" is also found as "Mukden agreement", "Kiakhta railway agreement (1914)" as
     * "Kiakhta railway agreement".
     */
    static String shortName(String name) {
        return name.replaceAll("\\s*\\([^)]*\\)\\s*$", "").replaceAll("\\s+of\\s+\\d{4}$", "").trim();
    }

    /**
     * The nearest candidates to {@code query}, one label per candidate: each candidate is a display
     * label with all the keys it is known by. A candidate is near when one of its keys is within a
     * small edit distance or contains the query as a word.
     */
    static List<String> nearest(String query, List<Map.Entry<String, List<String>>> candidates) {
        String q = fold(query);
        int limit = Math.max(2, q.length() / 3);
        return candidates.stream()
            .map(c -> Map.entry(c.getKey(), c.getValue().stream().mapToInt(k -> closeness(q, fold(k))).min().orElse(Integer.MAX_VALUE)))
            .filter(e -> e.getValue() <= limit)
            .sorted(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
            .map(Map.Entry::getKey)
            .distinct()
            .limit(MAX_SUGGESTIONS)
            .toList();
    }

    /** Edit distance, or 1 when the key contains the query as whole words ("kellogg" in "kellogg pact"). */
    private static int closeness(String q, String key) {
        if (!q.isEmpty() && (" " + key + " ").contains(" " + q + " ")) {
            return 1;
        }
        return distance(q, key);
    }

    static int distance(String a, String b) {
        return EditDistance.between(a, b);
    }

    private static final class Directory<T> {
        private final String kind;
        private final Map<String, T> byKey = new LinkedHashMap<>();
        private final List<Map.Entry<String, List<String>>> candidates = new ArrayList<>();

        Directory(String kind, List<T> items, Function<T, String> id, Function<T, String> name,
                  Function<T, List<String>> aliases) {
            this.kind = kind;
            Map<String, List<T>> byShortName = new LinkedHashMap<>();
            for (T item : items) {
                // a damaged package may leave an item without an id: the loader reports it, and it is
                // found by its name or aliases alone
                List<String> keys = new ArrayList<>();
                String itemId = id.apply(item);
                if (itemId != null) {
                    keys.add(itemId);
                }
                String n = name.apply(item);
                if (n != null) {
                    keys.add(n);
                }
                keys.addAll(aliases.apply(item));
                for (String k : keys) {
                    byKey.putIfAbsent(fold(k), item);
                    byShortName.computeIfAbsent(fold(shortName(k)), x -> new ArrayList<>()).add(item);
                }
                String label = n == null || n.equals(itemId) ? String.valueOf(itemId) : n + " (" + itemId + ")";
                candidates.add(Map.entry(label, List.copyOf(keys)));
            }
            byShortName.forEach((k, found) -> {
                if (found.stream().distinct().count() == 1) {
                    byKey.putIfAbsent(k, found.get(0));
                }
            });
        }

        Optional<T> find(String query) {
            return query == null ? Optional.empty() : Optional.ofNullable(byKey.get(fold(query)));
        }

        T get(String query) {
            return find(query).orElseThrow(() -> new UnknownNameException(kind, String.valueOf(query),
                query == null ? List.of() : nearest(query, candidates)));
        }
    }
}
