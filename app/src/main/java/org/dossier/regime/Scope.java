package org.dossier.regime;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dossier.model.Provision;

/**
 * The places a question reaches: for each leg of a trip, its line with the railway it belongs to and
 * its stations with the regions that contain them; or the place named with {@code --at}. A
 * prohibition reaches the question when it covers any leg; a permission only when it covers every
 * leg, so that consent for one branch does not carry a trip over another.
 */
final class Scope {
    private final List<Set<String>> legs;
    private final String description;

    private Scope(List<Set<String>> legs, String description) {
        this.legs = legs;
        this.description = description;
    }

    static Scope of(Regime regime, List<RouteLeg> route, String at) {
        List<Set<String>> legs = new ArrayList<>();
        StringBuilder d = new StringBuilder();
        if (route != null) {
            for (RouteLeg leg : route) {
                Set<String> ctx = new HashSet<>(regime.around(leg.line()));
                leg.stations().forEach(s -> ctx.addAll(regime.around(s)));
                legs.add(ctx);
                d.append(d.length() == 0 ? " on " : ", ").append(leg.line()).append(" (").append(leg.from())
                    .append("–").append(leg.to()).append(')');
            }
        }
        if (at != null) {
            legs.add(new HashSet<>(regime.around(at)));
            d.append(" at ").append(at);
        }
        return new Scope(legs, d.toString());
    }

    boolean reaches(Provision p, boolean anyLeg) {
        if (p.scope().isEmpty() || legs.isEmpty()) {
            return true;
        }
        return anyLeg ? legs.stream().anyMatch(l -> p.scope().stream().anyMatch(l::contains))
            : legs.stream().allMatch(l -> p.scope().stream().anyMatch(l::contains));
    }

    String describe() {
        return description;
    }
}
