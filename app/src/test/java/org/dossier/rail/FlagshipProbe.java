package org.dossier.rail;

import org.dossier.pkg.Dossier;
import org.junit.jupiter.api.Test;

class FlagshipProbe {
    @Test
    void probe() {
        var d = new Object() { org.dossier.model.DossierPackage pkg() { return org.dossier.pkg.BundledItems.read(); } };
        RailNetwork n = RailNetwork.of(d.pkg());
        System.out.println("FACTOR " + n.detourFactor());
        n.issues().forEach(i -> System.out.println("ISSUE " + i));
        Router r = new DijkstraRouter(n);
        String[][] pairs = {{"harbin", "imienpo"}, {"changchun", "harbin"}, {"manchouli", "pogranichnaya"}, {"harbin", "dairen"},
            {"harbin", "vladivostok"}, {"tsitsihar", "vladivostok"}, {"kirin", "seishin"}, {"tunhua", "vladivostok"}};
        for (String[] p : pairs) {
            for (boolean proj : new boolean[] {false, true}) {
                var route = r.findRoute(p[0], p[1], RouteOptions.on(org.dossier.time.Edtf.parse("1932-02-27")).withProjected(proj));
                System.out.println(p[0] + "->" + p[1] + " proj=" + proj + ": " + route.map(x -> x.km() + " " + x.path()
                    + " " + x.gaugeBreaks() + " " + x.notes()).orElse("none"));
            }
        }
        System.out.println("PORTS " + n.ports());
    }
}
