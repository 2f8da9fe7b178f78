package org.dossier.web;

import org.dossier.chronicle.GoldsteinTension;
import org.dossier.chronicle.Tension;
import org.dossier.pkg.Dossier;
import org.dossier.rail.Ports;
import org.dossier.rail.Rail;
import org.dossier.rail.RailNetwork;
import org.dossier.rail.Router;
import org.dossier.regime.Regime;
import org.dossier.store.FactCatalog;

/** A loaded package and the engines built on it once: what the model pages and the API ask. */
record Model(Dossier dossier, FactCatalog facts, Highlights highlights, Regime regime, RailNetwork network,
             Router router, Ports ports, Tension tension) {

    static Model of(Dossier dossier) {
        FactCatalog facts = FactCatalog.of(dossier.pkg());
        Rail rail = Rail.of(dossier.pkg());
        Regime regime = Regime.of(dossier.pkg());
        return new Model(dossier, facts, Highlights.of(facts, dossier), regime, rail.network(), rail.router(),
            new Ports(rail.network(), rail.router()), new GoldsteinTension(regime));
    }
}
