package org.dossier.pkg.views;

import java.util.List;
import java.util.Optional;
import org.dossier.model.DossierPackage;
import org.dossier.model.Names;
import org.dossier.model.UnknownNameException;

/**
 * Resolves what a user asks facts or a timeline to be about: an id of any kind, or the name or
 * alias of a line, agreement, place, actor, event or source, looked up in each package in turn
 * (ids are shared across packages, so the first package that knows the name answers).
 */
public final class Subjects {
    private Subjects() {}

    /** The id {@code query} names in one of {@code packages}, or empty when none knows it. */
    public static Optional<String> resolve(List<DossierPackage> packages, String query) {
        String q = query.strip();
        for (DossierPackage p : packages) {
            if (Mentions.of(p).defines(q)) {
                return Optional.of(q);
            }
        }
        for (DossierPackage p : packages) {
            Names n = Names.of(p);
            Optional<String> id = n.findLine(q).map(l -> l.id())
                .or(() -> n.findAgreement(q).map(a -> a.id()))
                .or(() -> n.findPlace(q).map(pl -> pl.id()))
                .or(() -> n.findActor(q).map(a -> a.id()))
                .or(() -> n.findEvent(q).map(e -> e.id()))
                .or(() -> n.findSource(q).map(s -> s.id()));
            if (id.isPresent()) {
                return id;
            }
        }
        return Optional.empty();
    }

    /**
     * The id of the actor {@code name} names in the first of {@code packages} that knows it.
     *
     * @throws UnknownNameException with the nearest names of the first package, when none knows it
     */
    public static String actor(List<DossierPackage> packages, String name) {
        UnknownNameException first = null;
        for (DossierPackage p : packages) {
            try {
                return Names.of(p).actor(name).id();
            } catch (UnknownNameException e) {
                first = first == null ? e : first;
            }
        }
        if (first == null) {
            throw new IllegalArgumentException("no package to look '" + name + "' up in");
        }
        throw first;
    }
}
