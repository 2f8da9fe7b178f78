package org.dossier.restore;

/**
 * Told the name of each restoration stage as it ends, in order: how the stage-time harness sees
 * where a restoration's time goes on the one real code path. The standard restorer uses {@link #NONE}.
 */
interface StageClock {
    StageClock NONE = stage -> { };

    void lap(String stage);
}
