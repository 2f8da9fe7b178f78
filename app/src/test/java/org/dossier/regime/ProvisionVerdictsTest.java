package org.dossier.regime;

import org.dossier.model.DossierPackage;

class ProvisionVerdictsTest extends VerdictsContract {
    @Override
    Verdicts verdicts(DossierPackage pkg) {
        return Regime.of(pkg).verdicts();
    }
}
