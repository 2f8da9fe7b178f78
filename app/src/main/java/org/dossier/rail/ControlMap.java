package org.dossier.rail;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dossier.model.Control;
import org.dossier.model.Line;
import org.dossier.time.Edtf;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;

/**
 * Which control records apply to which tracks. A record with both ends covers the stretch between them
 * along its line (the shortest way over the tracks of that line and its branches); without ends it
 * covers the whole line and its branches.
 */
final class ControlMap {
    private record Coverage(Line line, Control control, Set<Track> stretch) {
        boolean covers(Track t, RailNetwork network) {
            return stretch == null ? network.lineAndGroups(t.line()).contains(line.id()) : stretch.contains(t);
        }
    }

    private final RailNetwork network;
    private final List<Coverage> coverages = new ArrayList<>();
    private final List<NetworkIssue> issues = new ArrayList<>();

    ControlMap(RailNetwork network) {
        this.network = network;
        for (Line l : network.lines()) {
            for (Control c : l.control()) {
                coverages.add(new Coverage(l, c, stretch(l, c)));
                if (c.period() != null && PeriodMatch.of(c.period(), Edtf.parse("1900")).isEmpty()) {
                    issues.add(new NetworkIssue(l.id(), "control by " + c.controller() + ": period '" + c.period()
                        + "' is not EDTF; its holding on any date is indeterminate"));
                }
            }
        }
    }

    private Set<Track> stretch(Line l, Control c) {
        if (c.from() == null || c.to() == null) {
            return null;
        }
        Graph<String, Track> family = network.graph(true, t -> network.lineAndGroups(t.line()).contains(l.id()));
        if (!family.containsVertex(c.from()) || !family.containsVertex(c.to())) {
            issues.add(new NetworkIssue(l.id(), "control by " + c.controller() + " from " + c.from() + " to " + c.to()
                + ": an end is not a station of the line; the record covers nothing"));
            return Set.of();
        }
        GraphPath<String, Track> path = DijkstraShortestPath.findPathBetween(family, c.from(), c.to());
        if (path == null) {
            issues.add(new NetworkIssue(l.id(), "control by " + c.controller() + " from " + c.from() + " to " + c.to()
                + ": no known-length way between them along the line; the record covers nothing"));
            return Set.of();
        }
        return new HashSet<>(path.getEdgeList());
    }

    /** Who held {@code t} on {@code date} (null: every record, undated): certain, then reported, then indeterminate. */
    List<ControlClaim> controllersOf(Track t, Edtf date) {
        List<ControlClaim> certain = new ArrayList<>();
        List<ControlClaim> reported = new ArrayList<>();
        List<ControlClaim> maybe = new ArrayList<>();
        for (Coverage cv : coverages) {
            if (!cv.covers(t, network)) {
                continue;
            }
            Control c = cv.control();
            if (date == null) {
                certain.add(claim(cv, Certainty.UNDATED));
                continue;
            }
            Optional<PeriodMatch.Result> r = PeriodMatch.of(c.period(), date);
            if (r.isEmpty() || r.get() == PeriodMatch.Result.INDETERMINATE) {
                maybe.add(claim(cv, Certainty.INDETERMINATE));
            } else if (r.get() == PeriodMatch.Result.WITHIN) {
                if (c.claimedBy() == null) {
                    certain.add(claim(cv, Certainty.CERTAIN));
                } else {
                    reported.add(claim(cv, Certainty.REPORTED));
                }
            }
        }
        certain.addAll(reported);
        certain.addAll(maybe);
        return certain;
    }

    private static ControlClaim claim(Coverage cv, Certainty certainty) {
        Control c = cv.control();
        return new ControlClaim(c.controller(), c.kind(), c.period(), c.basis(), c.anchor(), cv.line().id(), certainty,
            c.claimedBy());
    }

    List<NetworkIssue> issues() {
        return issues;
    }
}
