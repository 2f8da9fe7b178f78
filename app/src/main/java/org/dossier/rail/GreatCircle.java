package org.dossier.rail;

import org.dossier.model.Coordinates;

/** Great-circle distance on a sphere of the Earth's mean radius (IUGG, 6,371.0088 km). */
final class GreatCircle {
    static final double EARTH_RADIUS_KM = 6371.0088;

    private GreatCircle() {}

    static double km(Coordinates a, Coordinates b) {
        double lat1 = Math.toRadians(a.lat());
        double lat2 = Math.toRadians(b.lat());
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(b.lon() - a.lon());
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
            + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
