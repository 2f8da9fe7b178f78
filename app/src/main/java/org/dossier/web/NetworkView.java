package org.dossier.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossier.pkg.EnumLabels;
import org.dossier.model.Actor;
import org.dossier.model.ControlKind;
import org.dossier.model.Coordinates;
import org.dossier.model.LineStatus;
import org.dossier.model.Place;
import org.dossier.rail.Certainty;
import org.dossier.rail.ControlClaim;
import org.dossier.rail.Track;
import org.dossier.time.Edtf;

/**
 * The railway network as the map draws it: every track with who held it on the date (from the rail
 * engine), the stations with their coordinates, and one colour per controller, stable across dates.
 * The claim the map colours a track by is the most direct kind of control on the date (military
 * control or seizure over operation over management over ownership), a certain one before one the
 * report gives only as someone's report at the same directness; {@code shownCertainty} says which
 * ({@code reported}: drawn apart), {@code shownClaimedBy} whose report; {@code shownController} is
 * null when no claim holds or is reported on the date.
 */
record NetworkView(String date, List<TrackView> tracks, List<StationView> stations, List<ControllerView> controllers,
                   List<String> notes) {

    record TrackView(String line, String lineName, String from, String to, String status, boolean projected,
                     String shownController, Certainty shownCertainty, String shownClaimedBy,
                     List<ControlClaim> controlledBy) {}

    record StationView(String id, String name, String kind, double lat, double lon, String source) {}

    record ControllerView(String id, String name, String colour) {}

    /** Colour-blind-safe first (Okabe–Ito), then further distinct hues. */
    private static final String[] PALETTE = {
        "#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9", "#8c564b", "#7f3c8d", "#6b8e23",
        "#222222", "#1f3a93", "#c0392b",
    };
    private static final List<ControlKind> DIRECTNESS = List.of(ControlKind.MILITARY_CONTROL, ControlKind.SEIZED,
        ControlKind.OPERATOR, ControlKind.JOINT_MANAGEMENT, ControlKind.SUPERVISION, ControlKind.OWNER);

    static NetworkView of(Model model, Edtf date) {
        var network = model.network();
        Set<Track> all = new LinkedHashSet<>(network.graph(true).edgeSet());
        all.addAll(network.unknownTracks());
        List<Track> ordered = new ArrayList<>(all);
        ordered.sort(Comparator.comparing(Track::line).thenComparing(Track::from).thenComparing(Track::to));
        Map<String, StationView> stations = new LinkedHashMap<>();
        List<TrackView> tracks = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Set<String> drawn = new java.util.HashSet<>();
        int undrawn = 0;
        for (Track t : ordered) {
            StationView a = station(model, t.from());
            StationView b = station(model, t.to());
            if (a == null && b == null) {
                undrawn++;
                continue;
            }
            List<String> through = new ArrayList<>();
            if (a == null || b == null) {
                // A station of unknown position is drawn through, from the last known one to the next.
                StationView known = a != null ? a : b;
                String beyond = a != null ? t.to() : t.from();
                StationView end = walkToKnown(model, ordered, t, beyond, through);
                if (end == null) {
                    undrawn++;
                    continue;
                }
                a = known.id().compareTo(end.id()) < 0 ? known : end;
                b = a == known ? end : known;
                if (!drawn.add(t.line() + "|" + a.id() + "|" + b.id())) {
                    continue; // the same stretch, reached again from another of its tracks
                }
                notes.add(lineName(network, t.line()) + ": " + a.name() + "–" + b.name() + " drawn straight through "
                    + String.join(", ", through) + " (no coordinates in the package)");
            }
            stations.putIfAbsent(a.id(), a);
            stations.putIfAbsent(b.id(), b);
            List<ControlClaim> claims = network.controllersOf(t, date);
            boolean projected = t.status() != null && t.status() != LineStatus.OPEN;
            ControlClaim shown = shown(claims);
            tracks.add(new TrackView(t.line(), lineName(network, t.line()),
                a.id(), b.id(), t.status() == null ? null : EnumLabels.of(t.status()), projected,
                shown == null ? null : shown.controller(), shown == null ? null : shown.certainty(),
                shown == null ? null : shown.claimedBy(), claims));
        }
        if (undrawn > 0) {
            notes.add(undrawn + " track(s) not drawn: a station has no coordinates in the package");
        }
        return new NetworkView(date == null ? null : date.text(), tracks, new ArrayList<>(stations.values()),
            controllers(model), notes);
    }

    private static String lineName(org.dossier.rail.RailNetwork network, String line) {
        return network.findLine(line).map(l -> l.name()).orElse(line);
    }

    /**
     * Searches {@code from}'s line beyond {@code station}, which has no coordinates, for the nearest
     * station that has them (fewest stretches), collecting the names passed through; null where
     * the line ends first.
     */
    private static StationView walkToKnown(Model model, List<Track> all, Track from, String station,
                                           List<String> through) {
        String start = from.from().equals(station) ? from.to() : from.from();
        Map<String, String> cameFrom = new LinkedHashMap<>();
        cameFrom.put(start, null);
        cameFrom.put(station, start);
        java.util.ArrayDeque<String> queue = new java.util.ArrayDeque<>(List.of(station));
        while (!queue.isEmpty()) {
            String at = queue.removeFirst();
            for (Track t : all) {
                if (!t.line().equals(from.line()) || !(t.from().equals(at) || t.to().equals(at))) {
                    continue;
                }
                String next = t.from().equals(at) ? t.to() : t.from();
                if (cameFrom.containsKey(next)) {
                    continue;
                }
                cameFrom.put(next, at);
                StationView known = station(model, next);
                if (known != null) {
                    List<String> path = new ArrayList<>();
                    for (String k = at; k != null && !k.equals(start); k = cameFrom.get(k)) {
                        path.add(0, model.network().findPlace(k).map(Place::name).orElse(k));
                    }
                    through.addAll(path);
                    return known;
                }
                queue.addLast(next);
            }
        }
        return null;
    }

    private static ControlClaim shown(List<ControlClaim> claims) {
        return claims.stream()
            .filter(c -> c.certainty() != Certainty.INDETERMINATE)
            .min(Comparator.<ControlClaim>comparingInt(c -> c.kind() == null ? DIRECTNESS.size() : DIRECTNESS.indexOf(c.kind()))
                .thenComparingInt(c -> reported(c) ? 1 : 0))
            .orElse(null);
    }

    /** A claim the report gives only as someone's report (on a date: certainty reported; undated: its claimant). */
    static boolean reported(ControlClaim c) {
        return c.certainty() == Certainty.REPORTED || c.claimedBy() != null;
    }

    /** Whether the map draws the track's control as only reported. */
    boolean reportedControl(TrackView t) {
        return t.shownController() != null && (t.shownCertainty() == Certainty.REPORTED || t.shownClaimedBy() != null);
    }

    private static StationView station(Model model, String id) {
        Place p = model.network().findPlace(id).orElse(null);
        if (p == null || p.coordinates() == null) {
            return null;
        }
        Coordinates c = p.coordinates();
        return new StationView(id, p.name(), p.kind() == null ? null : EnumLabels.of(p.kind()), c.lat(), c.lon(),
            c.source());
    }

    /** Every controller named by a control record, in package order, each with its colour. */
    private static List<ControllerView> controllers(Model model) {
        Set<String> ids = new LinkedHashSet<>();
        model.network().lines().forEach(l -> l.control().forEach(c -> ids.add(c.controller())));
        List<ControllerView> out = new ArrayList<>();
        int i = 0;
        for (String id : ids) {
            String name = model.dossier().names().findActor(id).map(Actor::name).orElse(id);
            out.add(new ControllerView(id, name, PALETTE[i++ % PALETTE.length]));
        }
        return out;
    }
}
