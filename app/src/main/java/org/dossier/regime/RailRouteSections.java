package org.dossier.regime;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dossier.model.Control;
import org.dossier.model.Line;
import org.dossier.rail.ControlClaim;
import org.dossier.rail.Leg;
import org.dossier.rail.Rail;
import org.dossier.rail.Route;
import org.dossier.rail.RouteOptions;
import org.dossier.time.Edtf;

/**
 * {@link RouteSections} by the shortest route in km over the railway network ({@link Rail}): open
 * lines only, lines not yet open on the date left out, consecutive sections of one line joined into
 * one leg. A leg's controllers are the control records that held, or may have held (the date and the
 * period overlap without one containing the other), on any of its sections on the date.
 */
public final class RailRouteSections implements RouteSections {
    private final Rail rail;

    public RailRouteSections(Rail rail) {
        this.rail = Objects.requireNonNull(rail, "rail");
    }

    @Override
    public Optional<List<RouteLeg>> legs(String from, String to, String date) {
        if (from.equals(to) || !rail.network().hasStation(from) || !rail.network().hasStation(to)) {
            return Optional.empty();
        }
        Edtf day = date == null ? null : Edtf.tryParse(date).orElse(null);
        return rail.router().findRoute(from, to, new RouteOptions(day, false)).map(this::group);
    }

    private List<RouteLeg> group(Route route) {
        List<RouteLeg> out = new ArrayList<>();
        List<Leg> legs = route.legs();
        int start = 0;
        for (int i = 1; i <= legs.size(); i++) {
            if (i == legs.size() || !legs.get(i).line().equals(legs.get(start).line())) {
                List<Leg> part = legs.subList(start, i);
                List<String> stations = new ArrayList<>(List.of(part.get(0).from()));
                Set<Control> controls = new LinkedHashSet<>();
                for (Leg l : part) {
                    stations.add(l.to());
                    l.controlledBy().forEach(c -> record(c).ifPresent(controls::add));
                }
                out.add(new RouteLeg(part.get(0).line(), part.get(0).from(), part.get(part.size() - 1).to(), stations,
                    List.copyOf(controls)));
                start = i;
            }
        }
        return out;
    }

    /** The package's control record a claim was made from. */
    private Optional<Control> record(ControlClaim claim) {
        return rail.network().findLine(claim.line()).map(Line::control).orElse(List.of()).stream()
            .filter(c -> Objects.equals(c.controller(), claim.controller()) && c.kind() == claim.kind()
                && Objects.equals(c.period(), claim.period()) && Objects.equals(c.basis(), claim.basis()))
            .findFirst();
    }
}
