package org.dossier.regime;

/**
 * Whether an actor could do an action (here, on this route, on this date) under the provisions in
 * force, with the chain of provisions, exceptions and consents that decided it.
 */
public interface Verdicts {

    Verdict check(Question question);
}
