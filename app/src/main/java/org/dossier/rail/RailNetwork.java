package org.dossier.rail;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.dossier.model.Coordinates;
import org.dossier.model.DossierPackage;
import org.dossier.model.Line;
import org.dossier.model.LineStatus;
import org.dossier.model.Names;
import org.dossier.model.Place;
import org.dossier.model.PlaceKind;
import org.dossier.time.Edtf;
import org.jgrapht.Graph;
import org.jgrapht.graph.AsWeightedGraph;
import org.jgrapht.graph.MaskSubgraph;
import org.jgrapht.graph.Multigraph;
import org.jgrapht.graph.SimpleGraph;

/**
 * The railway network a package describes: its stations (place ids) as vertices and the sections of
 * its lines as {@link Track} edges weighted by km. A line that groups others (the targets of their
 * {@code partOf}) adds only the sections of its own that none of its parts already runs; its control
 * applies to its parts too. Sections of unknown length are kept aside ({@link #unknownTracks()}) and
 * never routed over.
 */
public final class RailNetwork {
    private final Map<String, Place> places;
    private final Map<String, Line> lines;
    private final Names names;
    private final DetourFactor factor;
    private final Graph<String, Track> all;
    private final Graph<String, Track> open;
    private final Graph<String, Track> topology;
    private final List<Track> unknown;
    private final List<NetworkIssue> issues;
    private final ControlMap controls;

    private RailNetwork(DossierPackage pkg, Names names, DetourFactor factor, List<Track> tracks,
                        List<NetworkIssue> issues) {
        this.places = index(pkg.places());
        this.lines = new LinkedHashMap<>();
        pkg.lines().forEach(l -> lines.putIfAbsent(l.id(), l));
        this.names = names;
        this.factor = factor;
        this.issues = List.copyOf(issues);
        Multigraph<String, Track> g = new Multigraph<>(null, null, false);
        Multigraph<String, Track> every = new Multigraph<>(null, null, false);
        List<Track> unknownTracks = new ArrayList<>();
        for (Track t : tracks) {
            for (Graph<String, Track> x : List.of(g, every)) {
                x.addVertex(t.from());
                x.addVertex(t.to());
            }
            every.addEdge(t.from(), t.to(), t);
            if (t.basis() == LengthBasis.UNKNOWN) {
                unknownTracks.add(t);
            } else {
                g.addEdge(t.from(), t.to(), t);
            }
        }
        this.topology = every;
        this.unknown = List.copyOf(unknownTracks);
        this.all = new AsWeightedGraph<>(g, Track::km, false, false);
        Multigraph<String, Track> openOnly = new Multigraph<>(null, null, false);
        g.vertexSet().forEach(openOnly::addVertex);
        g.edgeSet().stream().filter(t -> t.status() == LineStatus.OPEN)
            .forEach(t -> openOnly.addEdge(t.from(), t.to(), t));
        this.open = new AsWeightedGraph<>(openOnly, Track::km, false, false);
        this.controls = new ControlMap(this);
    }

    /** The network of {@code pkg}, estimating unmeasured sections with a detour factor calibrated on the package. */
    public static RailNetwork of(DossierPackage pkg) {
        return of(pkg, null);
    }

    /** As {@link #of(DossierPackage)} with the given detour factor (null: calibrate on the package). */
    public static RailNetwork of(DossierPackage pkg, DetourFactor factor) {
        Map<String, Place> places = index(pkg.places());
        List<Line> laid = pkg.lines().stream()
            .filter(l -> !l.stations().isEmpty() || !l.sections().isEmpty()).toList();
        List<NetworkIssue> issues = new ArrayList<>();
        DetourFactor f = factor != null ? factor : calibrate(laid, places);
        List<Track> tracks = new ArrayList<>();
        Map<String, List<Line>> parts = new HashMap<>();
        pkg.lines().forEach(l -> {
            if (l.partOf() != null) {
                parts.computeIfAbsent(l.partOf(), k -> new ArrayList<>()).add(l);
            }
        });
        for (Line l : laid) {
            for (String s : TrackLayout.stationsOf(l)) {
                if (!places.containsKey(s)) {
                    issues.add(new NetworkIssue(l.id(), "station '" + s + "' is not a place of the package"));
                }
            }
            List<Set<String>> partStations = descendantStations(l, parts);
            for (Track t : TrackLayout.layOut(l, places, f, issues)) {
                if (partStations.stream().anyMatch(st -> st.contains(t.from()) && st.contains(t.to()))) {
                    issues.add(new NetworkIssue(l.id(), "section " + t.from() + "–" + t.to()
                        + " lies on a line that is part of it; counted there only"));
                } else {
                    tracks.add(t);
                }
            }
        }
        return new RailNetwork(pkg, Names.of(pkg), f, tracks, issues);
    }

    /** The station sets of every line that is part of {@code line}, directly or through others. */
    private static List<Set<String>> descendantStations(Line line, Map<String, List<Line>> parts) {
        List<Set<String>> out = new ArrayList<>();
        Set<String> seen = new HashSet<>(List.of(line.id()));
        List<String> frontier = new ArrayList<>(List.of(line.id()));
        while (!frontier.isEmpty()) {
            String parent = frontier.remove(frontier.size() - 1);
            for (Line l : parts.getOrDefault(parent, List.of())) {
                if (seen.add(l.id())) {
                    out.add(Set.copyOf(TrackLayout.stationsOf(l)));
                    frontier.add(l.id());
                }
            }
        }
        return out;
    }

    private static DetourFactor calibrate(List<Line> lines, Map<String, Place> places) {
        List<Double> ratios = new ArrayList<>();
        for (Line l : lines) {
            List<String> st = TrackLayout.stationsOf(l);
            Set<List<Integer>> seen = new HashSet<>();
            for (TrackLayout.Span s : TrackLayout.spans(l, new ArrayList<>())) {
                // A line's length repeating its one section is one measurement, not two.
                if (s.figure().estimated() || !seen.add(List.of(s.i(), s.j()))) {
                    continue;
                }
                Coordinates a = coordinates(places, st.get(s.i()));
                Coordinates b = coordinates(places, st.get(s.j()));
                if (a != null && b != null) {
                    double gc = GreatCircle.km(a, b);
                    if (gc >= 1.0) {
                        ratios.add(s.km() / gc);
                    }
                }
            }
        }
        return DetourFactor.calibrated(ratios);
    }

    private static Coordinates coordinates(Map<String, Place> places, String id) {
        Place p = places.get(id);
        return p == null ? null : p.coordinates();
    }

    private static Map<String, Place> index(List<Place> places) {
        Map<String, Place> m = new LinkedHashMap<>();
        places.forEach(p -> m.putIfAbsent(p.id(), p));
        return m;
    }

    /** Open tracks only, or with the projected (and under-construction) lines too. */
    public Graph<String, Track> graph(boolean withProjected) {
        return withProjected ? all : open;
    }

    /**
     * A simple graph (one track per pair of stations, the shortest of parallel ones) of the same
     * stations and shortest distances as {@link #graph(boolean)}: the form contraction needs.
     */
    Graph<String, Track> shortestTracks(boolean withProjected) {
        Graph<String, Track> source = graph(withProjected);
        SimpleGraph<String, Track> simple = new SimpleGraph<>(null, null, false);
        source.vertexSet().forEach(simple::addVertex);
        for (Track t : source.edgeSet()) {
            Track there = simple.getEdge(t.from(), t.to());
            if (there == null || there.km() > t.km()) {
                if (there != null) {
                    simple.removeEdge(there);
                }
                simple.addEdge(t.from(), t.to(), t);
            }
        }
        return new AsWeightedGraph<>(simple, Track::km, false, false);
    }

    /** A view of {@link #graph(boolean)} keeping only the tracks {@code keep} accepts. */
    Graph<String, Track> graph(boolean withProjected, Predicate<Track> keep) {
        return new MaskSubgraph<>(graph(withProjected), v -> false, keep.negate());
    }

    /** Every track, those of unknown length included, unweighted: which stations the lines join at all. */
    Graph<String, Track> topology() {
        return topology;
    }

    /** Resolves an id, name or alias (any case) to a station id of the network. */
    public String station(String query) {
        Place p = names.place(query);
        if (!all.containsVertex(p.id())) {
            throw new NotOnNetworkException(p.id(), p.name());
        }
        return p.id();
    }

    /** Resolves an id, name or alias (any case) to a line id of the package. */
    public String line(String query) {
        return names.line(query).id();
    }

    public boolean hasStation(String id) {
        return all.containsVertex(id);
    }

    /** The place's 1932 name, or the id when the package has no such place. */
    public String nameOf(String stationId) {
        Place p = places.get(stationId);
        return p == null || p.name() == null ? stationId : p.name();
    }

    public Optional<Place> findPlace(String id) {
        return Optional.ofNullable(places.get(id));
    }

    public Optional<Line> findLine(String id) {
        return Optional.ofNullable(lines.get(id));
    }

    public Collection<Line> lines() {
        return lines.values();
    }

    /** The line and the lines it is part of, innermost first. */
    public List<String> lineAndGroups(String lineId) {
        List<String> chain = new ArrayList<>();
        for (String id = lineId; id != null && !chain.contains(id); ) {
            chain.add(id);
            Line l = lines.get(id);
            id = l == null ? null : l.partOf();
        }
        return chain;
    }

    /** Stations whose place kind is {@code port}, in package order. */
    public List<String> ports() {
        return places.values().stream()
            .filter(p -> p.kind() == PlaceKind.PORT && all.containsVertex(p.id()))
            .map(Place::id).toList();
    }

    public DetourFactor detourFactor() {
        return factor;
    }

    /** Sections no source measures and no coordinates allow to estimate. */
    public List<Track> unknownTracks() {
        return unknown;
    }

    /** Problems in the package's railway data: layout first, then control records. */
    public List<NetworkIssue> issues() {
        List<NetworkIssue> out = new ArrayList<>(issues);
        out.addAll(controls.issues());
        return out;
    }

    ControlMap controls() {
        return controls;
    }

    /**
     * Who held {@code track} on {@code date} (null: every record, undated), certain before
     * indeterminate: what the web map colours each track by.
     */
    public List<ControlClaim> controllersOf(Track track, Edtf date) {
        return controls.controllersOf(track, date);
    }
}
