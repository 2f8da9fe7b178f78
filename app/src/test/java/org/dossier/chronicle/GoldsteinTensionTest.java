package org.dossier.chronicle;

import org.dossier.model.DossierPackage;

class GoldsteinTensionTest extends TensionContract {
    @Override
    Tension tension(DossierPackage pkg) {
        return GoldsteinTension.of(pkg);
    }
}
