package org.dossier.model;

import java.util.List;

/** A name or id that matches nothing of the asked kind; carries the nearest known names. */
public final class UnknownNameException extends RuntimeException {
    private final String kind;
    private final String query;
    private final List<String> suggestions;

    public UnknownNameException(String kind, String query, List<String> suggestions) {
        super(message(kind, query, suggestions));
        this.kind = kind;
        this.query = query;
        this.suggestions = List.copyOf(suggestions);
    }

    private static String message(String kind, String query, List<String> suggestions) {
        String base = "unknown " + kind + " '" + query + "'";
        return suggestions.isEmpty() ? base : base + "; did you mean " + String.join(", ", suggestions) + "?";
    }

    public String kind() {
        return kind;
    }

    public String query() {
        return query;
    }

    public List<String> suggestions() {
        return suggestions;
    }
}
