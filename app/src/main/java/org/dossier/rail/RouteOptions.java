package org.dossier.rail;

import org.dossier.time.Edtf;

/**
 * What a route may use: the lines open on {@code date} (null: every open line, whatever its opening
 * date, and control listed undated), plus projected lines when {@code withProjected}.
 */
public record RouteOptions(Edtf date, boolean withProjected) {
    public static RouteOptions open() {
        return new RouteOptions(null, false);
    }

    public static RouteOptions on(Edtf date) {
        return new RouteOptions(date, false);
    }

    public RouteOptions withProjected(boolean projected) {
        return new RouteOptions(date, projected);
    }

    public RouteOptions on(String edtf) {
        return new RouteOptions(Edtf.parse(edtf), withProjected);
    }
}
