package org.dossier.regime;

import java.util.List;
import org.dossier.model.Provision;

/**
 * A provision as the questions read it, worked out once at load: its key {@code agreement#provision},
 * the step "this provision says so", the relations whose object it is, and the events that used it.
 */
record ProvisionEntry(Provision provision, String key, Basis stated, List<Dated> relations, List<Precedent> precedents,
                      List<Basis> statedOnly) {

    ProvisionEntry {
        relations = List.copyOf(relations);
        precedents = List.copyOf(precedents);
        statedOnly = List.of(stated);
    }

    ProvisionEntry(Provision provision, String key, Basis stated, List<Dated> relations, List<Precedent> precedents) {
        this(provision, key, stated, relations, precedents, List.of(stated));
    }
}
