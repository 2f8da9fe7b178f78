package org.dossier.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.dossier.model.ActionKind;
import org.dossier.model.Names;
import org.dossier.model.UnknownNameException;
import org.dossier.pkg.Dossier;
import org.dossier.time.Edtf;
import org.dossier.time.EdtfException;

/**
 * Turns what the user typed for the reasoning commands (in-force, term, check, payment, tension) into
 * package ids and checked values, failing with one line and the nearest known names.
 */
final class ReasonArgs {
    private ReasonArgs() {}

    static String actor(Dossier d, String query) {
        return resolve(() -> d.names().actor(query).id());
    }

    static String place(Dossier d, String query) {
        return resolve(() -> d.names().place(query).id());
    }

    /** An agreement id, or a provision key {@code agreement#provision} with the agreement given by any of its names. */
    static String agreementOrProvision(Dossier d, String query) {
        int hash = query.indexOf('#');
        if (hash < 0) {
            return resolve(() -> d.names().agreement(query).id());
        }
        String agreement = resolve(() -> d.names().agreement(query.substring(0, hash)).id());
        String key = Names.provisionKey(agreement, query.substring(hash + 1).trim());
        resolve(() -> d.names().provision(key));
        return key;
    }

    /** What {@code --subject} names: a line, place, actor or agreement, tried in that order. */
    static String subject(Dossier d, String query) {
        Names n = d.names();
        Optional<String> id = n.findLine(query).map(l -> l.id())
            .or(() -> n.findPlace(query).map(p -> p.id()))
            .or(() -> n.findActor(query).map(a -> a.id()))
            .or(() -> n.findAgreement(query).map(a -> a.id()));
        if (id.isPresent()) {
            return id.get();
        }
        List<String> near = new ArrayList<>();
        for (Supplier<Object> s : List.<Supplier<Object>>of(() -> n.line(query), () -> n.place(query))) {
            try {
                s.get();
            } catch (UnknownNameException e) {
                near.addAll(e.suggestions());
            }
        }
        throw UserException.badUsage(new UnknownNameException("line, place, actor or agreement", query,
            near.stream().distinct().limit(3).toList()).getMessage());
    }

    /** An EDTF date given to {@code option}, checked. */
    static String date(String option, String text) {
        try {
            Edtf.parse(text);
            return text.trim();
        } catch (EdtfException e) {
            throw UserException.badUsage(option + ": " + e.getMessage());
        }
    }

    /** An action kind as written in the package ({@code troop-transport}), in any case. */
    static ActionKind action(String text) {
        String constant = text.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        try {
            return ActionKind.valueOf(constant);
        } catch (IllegalArgumentException e) {
            throw UserException.badUsage("unknown action '" + text + "'; known: " + String.join(", ",
                Arrays.stream(ActionKind.values()).map(k -> k.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList()));
        }
    }

    static String label(Enum<?> e) {
        return e == null ? "" : e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static <T> T resolve(Supplier<T> lookup) {
        try {
            return lookup.get();
        } catch (UnknownNameException e) {
            throw UserException.badUsage(e.getMessage());
        }
    }
}
