package org.dossier.regime;

import org.dossier.model.DossierPackage;

class RelationalInForceTest extends InForceContract {
    @Override
    InForce inForce(DossierPackage pkg) {
        return Regime.of(pkg).inForce();
    }
}
