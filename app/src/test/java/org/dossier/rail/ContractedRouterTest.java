package org.dossier.rail;

class ContractedRouterTest extends RouterContract {
    @Override
    Router router(RailNetwork network) {
        return new ContractedRouter(network, 1);
    }
}
