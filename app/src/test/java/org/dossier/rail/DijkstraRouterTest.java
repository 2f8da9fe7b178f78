package org.dossier.rail;

class DijkstraRouterTest extends RouterContract {
    @Override
    Router router(RailNetwork network) {
        return new DijkstraRouter(network);
    }
}
