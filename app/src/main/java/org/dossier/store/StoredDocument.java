package org.dossier.store;

import java.util.List;
import java.util.Optional;
import org.dossier.restore.Edition;

/** A stored document: its raw text (as imported, never rewritten), its edition and its package JSON. */
public record StoredDocument(DocumentSummary summary, String raw, Edition edition, String packageJson) {

    public Optional<String> findPackageJson() {
        return Optional.ofNullable(packageJson);
    }

    /** Raw lines {@code from}..{@code to} (1-based, inclusive), clamped to the text. */
    public List<String> rawLines(int from, int to) {
        List<String> lines = raw.lines().toList();
        int a = Math.max(1, from);
        int b = Math.min(lines.size(), to);
        return a > b ? List.of() : lines.subList(a - 1, b);
    }
}
