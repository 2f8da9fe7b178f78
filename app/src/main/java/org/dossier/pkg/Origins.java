package org.dossier.pkg;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Where each value read from a package stands: its file and 1-based line, by object identity, so
 * that a problem found in a nested value (a provision, a condition, an anchor) names its own line.
 */
final class Origins {
    record Origin(String file, int line) {
        static final Origin NOWHERE = new Origin("?", 0);
    }

    private final Map<Object, Origin> byValue = new IdentityHashMap<>();

    void put(Object value, String file, int line) {
        byValue.putIfAbsent(value, new Origin(file, line));
    }

    /** The origin of {@code value}, or of {@code fallback} when the value was not read from a file. */
    Origin of(Object value, Origin fallback) {
        Origin o = byValue.get(value);
        return o == null ? fallback : o;
    }

    /** A view recording into these origins under one file name. */
    Sink sink(String file) {
        return (value, line) -> put(value, file, line);
    }

    interface Sink {
        void record(Object value, int line);
    }
}
