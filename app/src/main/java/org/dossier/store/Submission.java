package org.dossier.store;

import java.util.List;
import java.util.Objects;
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

    /** A package modelling the document: its id, its JSON, and its facts as searchable text. */
    public record PackageEntry(String id, String json, List<FactEntry> facts) {
        public PackageEntry {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(json, "json");
            facts = List.copyOf(facts);
        }
    }

    /**
     * One fact as the search index holds it: {@code kind} (actor, agreement, event…), its id, a
     * label to show and the text to search; {@code page} is the printed page of its anchor, if any.
     */
    public record FactEntry(String kind, String id, String label, String body, Integer page) {}
}
