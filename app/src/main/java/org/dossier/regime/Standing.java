package org.dossier.regime;

import java.util.List;
import org.dossier.regime.InForceAnswer.PossibleSuccession;

/**
 * Where an agreement stood on a date: its state, the parties it bound then (after successions,
 * acquiescence, repudiations and reaffirmations), the steps that decided it, and in words why it
 * was not (or not surely) in force.
 */
record Standing(State state, List<String> parties, List<Basis> because, String reason, List<PossibleSuccession> mayHaveSucceeded) {

    enum State { IN_FORCE, NOT_YET, ENDED, NOT_CONCLUDED, INDETERMINATE }

    Standing {
        parties = List.copyOf(parties);
        because = List.copyOf(because);
        mayHaveSucceeded = List.copyOf(mayHaveSucceeded);
    }

    Standing(State state, List<String> parties, List<Basis> because, String reason) {
        this(state, parties, because, reason, List.of());
    }

    boolean inForce() {
        return state == State.IN_FORCE;
    }

    boolean mayBeInForce() {
        return state == State.IN_FORCE || state == State.INDETERMINATE;
    }
}
