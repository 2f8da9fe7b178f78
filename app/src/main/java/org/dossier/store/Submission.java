package org.dossier.store;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.dossier.pkg.views.FactItem;
import org.dossier.pkg.views.TimelineEvent;
import org.dossier.restore.Edition;

/**
 * What one import stores: the raw OCR text as read, its restored edition, and optionally the
 * package that models it (as JSON, with the facts to index). {@code name} is the file name the text
 * came from; {@code slug} the wished-for address of the document (null: derived from the name).
 */
public record Submission(String name, String slug, String raw, Edition edition, PackageEntry pkg) {

    public Submission {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(edition, "edition");
    }

    public static Submission report(String name, String raw, Edition edition) {
        return new Submission(name, null, raw, edition, null);
    }

    /**
     * A package modelling the document: its id and title, its JSON, its facts as searchable text, and
     * its items as the views show them, for facts and timelines across documents.
     */
    public record PackageEntry(String id, String title, String json, List<FactEntry> facts, List<ItemEntry> items) {
        public PackageEntry {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(json, "json");
            facts = List.copyOf(facts);
            items = List.copyOf(items);
        }

        /** A package without views: searchable, but absent from cross-document facts and timelines. */
        public PackageEntry(String id, String json, List<FactEntry> facts) {
            this(id, null, json, facts, List.of());
        }
    }

    /**
     * One item of a package as the views show it: its fact, its timeline event when it is an event
     * (null otherwise), and the ids it is about ({@link org.dossier.pkg.views.Mentions}).
     */
    public record ItemEntry(FactItem fact, TimelineEvent event, Set<String> mentions) {
        public ItemEntry {
            Objects.requireNonNull(fact, "fact");
            mentions = Set.copyOf(mentions);
        }
    }

    /**
     * One fact as the search index holds it: {@code kind} (actor, agreement, event…), its id, a
     * label to show and the text to search; {@code page} is the printed page of its anchor, if any.
     */
    public record FactEntry(String kind, String id, String label, String body, Integer page) {}
}
