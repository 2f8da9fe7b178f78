package org.dossier.pkg;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.dossier.model.Relation;
import org.dossier.model.RelationKind;
import org.dossier.pkg.Origins.Origin;

/**
 * Finds cycles among {@code supersedes} relations (a supersedes b supersedes a), which would leave
 * no agreement in force. Each cycle is reported once, at the first relation in it.
 */
final class SupersedesCycles {
    private final Map<String, List<Relation>> out = new LinkedHashMap<>();
    private final Function<Relation, Origin> origin;
    private final List<PackageIssue> issues;

    SupersedesCycles(List<Relation> relations, Function<Relation, Origin> origin, List<PackageIssue> issues) {
        this.origin = origin;
        this.issues = issues;
        for (Relation r : relations) {
            if (r.type() == RelationKind.SUPERSEDES && r.subject() != null && r.object() != null) {
                out.computeIfAbsent(r.subject(), k -> new ArrayList<>()).add(r);
            }
        }
    }

    void report() {
        Set<String> done = new HashSet<>();
        Set<Set<Relation>> reported = new HashSet<>();
        for (String start : out.keySet()) {
            search(start, new ArrayList<>(), new HashSet<>(), done, reported);
        }
    }

    private void search(String node, List<Relation> path, Set<String> onPath, Set<String> done,
                        Set<Set<Relation>> reported) {
        if (onPath.contains(node)) {
            List<Relation> cycle = cycleEndingAt(node, path);
            if (reported.add(new HashSet<>(cycle))) {
                StringBuilder chain = new StringBuilder(cycle.get(0).subject());
                cycle.forEach(r -> chain.append(" → ").append(r.object()));
                Origin at = origin.apply(cycle.get(0));
                at = at == null ? Origin.NOWHERE : at;
                issues.add(new PackageIssue(at.file(), at.line(), "cycle of supersedes: " + chain));
            }
            return;
        }
        if (done.contains(node)) {
            return;
        }
        onPath.add(node);
        for (Relation r : out.getOrDefault(node, List.of())) {
            path.add(r);
            search(r.object(), path, onPath, done, reported);
            path.remove(path.size() - 1);
        }
        onPath.remove(node);
        done.add(node);
    }

    private static List<Relation> cycleEndingAt(String node, List<Relation> path) {
        int from = 0;
        for (int i = 0; i < path.size(); i++) {
            if (path.get(i).subject().equals(node)) {
                from = i;
                break;
            }
        }
        return new ArrayList<>(path.subList(from, path.size()));
    }
}
