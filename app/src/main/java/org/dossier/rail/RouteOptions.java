package org.dossier.rail;

import java.util.Set;
import org.dossier.time.Edtf;

/**
 * What a route may use: the lines open on {@code date} (null: every open line, whatever its opening
 * date, and control listed undated), plus projected lines when {@code withProjected} — all of them,
 * or only {@code projectedLines} (line ids) when that is not empty, to see what one project changes.
 */
public record RouteOptions(Edtf date, boolean withProjected, Set<String> projectedLines) {
    public RouteOptions {
        projectedLines = projectedLines == null ? Set.of() : Set.copyOf(projectedLines);
        if (!projectedLines.isEmpty() && !withProjected) {
            throw new IllegalArgumentException("projected lines " + projectedLines + " given without withProjected");
        }
    }

    public RouteOptions(Edtf date, boolean withProjected) {
        this(date, withProjected, Set.of());
    }

    public static RouteOptions open() {
        return new RouteOptions(null, false);
    }

    public static RouteOptions on(Edtf date) {
        return new RouteOptions(date, false);
    }

    /** With every projected line, or none; drops any choice of projected lines. */
    public RouteOptions withProjected(boolean projected) {
        return new RouteOptions(date, projected);
    }

    /** With only these projected lines (ids); all projected lines when empty. */
    public RouteOptions withProjectedLines(Set<String> lines) {
        return new RouteOptions(date, true, lines);
    }

    public RouteOptions on(String edtf) {
        return new RouteOptions(Edtf.parse(edtf), withProjected, projectedLines);
    }

    /** True when only some projected lines may be used. */
    boolean limitsProjected() {
        return withProjected && !projectedLines.isEmpty();
    }

    /** Whether a route under these options may run over {@code t} (its opening date aside). */
    boolean admits(Track t) {
        return t.status() == org.dossier.model.LineStatus.OPEN
            || (withProjected && (projectedLines.isEmpty() || projectedLines.contains(t.line())));
    }
}
