package org.dossier.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dossier.model.DossierPackage;
import org.dossier.pkg.Dossier;
import org.dossier.pkg.views.FactKind;
import org.dossier.pkg.views.Facts;
import org.dossier.pkg.views.Timeline;
import org.dossier.pkg.views.TimelineEvent;
import org.dossier.pkg.views.TimelineQuery;
import org.dossier.restore.Edition;

/**
 * Prepares what an import stores: restores the raw text with the restorer it is given, and turns a
 * package into JSON, search rows and its views (facts and timeline events with what each is about).
 */
public final class Ingest {
    private final Function<String, Edition> restorer;

    public Ingest(Function<String, Edition> restorer) {
        this.restorer = Objects.requireNonNull(restorer, "restorer");
    }

    /** A report alone, restored. */
    public Submission report(String name, String raw) {
        return Submission.report(name, raw, restorer.apply(raw));
    }

    /**
     * A loaded package with its report (already restored by the loader), stored under the package's
     * id, with its views as the package's own anchors and CAMEO table give them.
     */
    public static Submission modelled(String name, String raw, Dossier dossier) {
        DossierPackage pkg = dossier.pkg();
        String id = pkg.manifest() == null ? null : pkg.manifest().id();
        String title = pkg.manifest() == null ? null : pkg.manifest().title();
        try {
            String json = Store.JSON.writeValueAsString(pkg);
            Submission.PackageEntry entry = new Submission.PackageEntry(id == null ? "package" : id, title, json,
                FactCatalog.of(pkg).entries(), items(dossier));
            return new Submission(name, id, raw, dossier.edition(), entry);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a package is plain records and always serialises", e);
        }
    }

    private static List<Submission.ItemEntry> items(Dossier dossier) {
        Map<String, TimelineEvent> events = Timeline.of(dossier, TimelineQuery.all()).stream()
            .collect(Collectors.toMap(TimelineEvent::id, e -> e, (a, b) -> a));
        List<Submission.ItemEntry> out = new ArrayList<>();
        for (Facts.Entry e : Facts.entries(dossier)) {
            TimelineEvent event = e.item().kind() == FactKind.EVENT ? events.get(e.item().id()) : null;
            out.add(new Submission.ItemEntry(e.item(), event, e.mentions()));
        }
        return out;
    }
}
