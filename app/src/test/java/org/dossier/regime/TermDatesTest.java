package org.dossier.regime;

import org.dossier.model.DossierPackage;

class TermDatesTest extends TermsContract {
    @Override
    Terms terms(DossierPackage pkg) {
        return Regime.of(pkg).terms();
    }
}
