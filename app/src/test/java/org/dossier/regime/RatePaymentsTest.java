package org.dossier.regime;

import org.dossier.model.DossierPackage;

class RatePaymentsTest extends PaymentsContract {
    @Override
    Payments payments(DossierPackage pkg) {
        return Regime.of(pkg).payments();
    }
}
