package org.dossier.regime;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.dossier.model.Anchor;
import org.dossier.model.ProvisionUse;

/** An event in which a provision was invoked, claimed breached, relied on or lifted by consent. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Precedent(String event, String date, String provision, ProvisionUse use, List<String> actors,
                        String action, String claimedBy, Anchor anchor) {

    public Precedent {
        actors = List.copyOf(actors);
    }
}
