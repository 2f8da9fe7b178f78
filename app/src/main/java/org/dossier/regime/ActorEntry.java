package org.dossier.regime;

import java.time.LocalDate;
import java.util.List;
import org.dossier.regime.Regime.Heir;

/**
 * An actor as the questions read it, worked out once at load: itself and everything it is part of
 * ({@code chain}, nearest first), the last day it can have existed ({@code until}, null when open) and
 * the actors that succeeded it.
 */
record ActorEntry(List<String> chain, LocalDate until, List<Heir> heirs) {

    ActorEntry {
        chain = List.copyOf(chain);
        heirs = List.copyOf(heirs);
    }
}
