package org.dossier.rail;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.dossier.model.Line;
import org.dossier.time.Edtf;

/**
 * Which lines had opened by a date, from their {@code opened} (EDTF). A line that surely opened after
 * every day the date can mean is left out of routes; one that may or may not have opened stays in,
 * and the route says so.
 */
final class Openings {
    private final Set<String> notYetOpen = new HashSet<>();
    private final Set<String> maybeNotOpen = new HashSet<>();

    Openings(RailNetwork network, Edtf date) {
        if (date == null || date.latest() == null) {
            return;
        }
        for (Line l : network.lines()) {
            Optional<Edtf> opened = l.opened() == null ? Optional.empty() : Edtf.tryParse(l.opened().value());
            if (opened.isEmpty() || opened.get().earliest() == null) {
                continue;
            }
            if (opened.get().earliest().isAfter(date.latest())) {
                notYetOpen.add(l.id());
            } else if (opened.get().latest() == null || date.earliest() == null
                || opened.get().latest().isAfter(date.earliest())) {
                maybeNotOpen.add(l.id());
            }
        }
    }

    /** Keeps the tracks of lines that may have been open. */
    Predicate<Track> keep() {
        return t -> !notYetOpen.contains(t.line());
    }

    boolean excludesAny() {
        return !notYetOpen.isEmpty();
    }

    List<String> notes(List<Leg> legs, Edtf date) {
        List<String> notes = new ArrayList<>();
        if (!notYetOpen.isEmpty()) {
            notes.add("left out as not yet opened on " + date + ": " + String.join(", ", notYetOpen.stream().sorted().toList()));
        }
        legs.stream().map(Leg::line).distinct().filter(maybeNotOpen::contains).forEach(l ->
            notes.add("line " + l + " may not yet have been open on " + date + " (its opening date and the date overlap)"));
        return notes;
    }
}
