package org.dossier.regime;

import java.util.EnumSet;
import java.util.Set;
import org.dossier.model.ActionKind;

/**
 * Which provisions govern an action asked about: those about that action, and those about a broader
 * kind of action that includes it. "Any military measures" includes concentrating, sending and
 * moving troops and arms.
 */
final class Actions {
    private static final Set<ActionKind> MILITARY = EnumSet.of(ActionKind.TROOP_CONCENTRATION, ActionKind.SEND_TROOPS,
        ActionKind.TROOP_TRANSPORT, ActionKind.ARMS_TRANSPORT);

    private Actions() {}

    static boolean governs(ActionKind provision, ActionKind asked) {
        return provision == asked || (provision == ActionKind.MILITARY_MEASURES && MILITARY.contains(asked));
    }
}
