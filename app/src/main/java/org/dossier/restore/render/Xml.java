package org.dossier.restore.render;

import org.dossier.text.Markup;

/** Escaping for XML and HTML text and attribute values. */
final class Xml {
    private Xml() {}

    static String escape(String s) {
        return Markup.escape(s);
    }
}
