package org.dossier.web;

import org.dossier.chronicle.GoldsteinTension;
import org.dossier.chronicle.Tension;
import org.dossier.pkg.Dossier;
import org.dossier.rail.DijkstraRouter;
import org.dossier.rail.Ports;
import org.dossier.rail.RailNetwork;
import org.dossier.rail.Router;
import org.dossier.regime.Regime;
import org.dossier.store.FactCatalog;

/** A loaded package and the engines built on it once: what the model pages and the API ask. */
record Model(Dossier dossier, FactCatalog facts, Highlights highlights, Regime regime, RailNetwork network,
             Router router, Ports ports, Tension tension) {

    static Model of(Dossier dossier) {
        FactCatalog facts = FactCatalog.of(dossier.pkg());
        RailNetwork network = RailNetwork.of(dossier.pkg());
        Router router = new DijkstraRouter(network);
        Regime regime = Regime.of(dossier.pkg());
        return new Model(dossier, facts, Highlights.of(facts, dossier), regime, network, router,
            new Ports(network, router), new GoldsteinTension(regime));
    }
}
