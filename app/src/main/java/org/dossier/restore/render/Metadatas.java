package org.dossier.restore.render;

import java.util.ArrayList;
import java.util.List;
import org.dossier.restore.Metadata;

/** One line naming series, volume, number, date and publisher, as the renderers print it. */
final class Metadatas {
    private Metadatas() {}

    static String imprint(Metadata m) {
        List<String> parts = new ArrayList<>();
        if (m.series() != null) {
            parts.add(m.series());
        }
        if (m.volume() != null) {
            parts.add("Vol. " + m.volume());
        }
        if (m.number() != null) {
            parts.add("No. " + m.number());
        }
        if (m.date() != null) {
            parts.add(m.date());
        }
        if (m.publisher() != null) {
            parts.add(m.publisher());
        }
        return String.join(", ", parts);
    }
}
