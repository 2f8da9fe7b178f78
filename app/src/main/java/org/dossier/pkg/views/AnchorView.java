package org.dossier.pkg.views;

import org.dossier.model.Anchor;

/** The W3C TextQuoteSelector of an anchor, as views show it: {@code exact}, {@code prefix}, {@code suffix}. */
public record AnchorView(String exact, String prefix, String suffix) {
    static AnchorView of(Anchor a) {
        return a == null ? null : new AnchorView(a.exact(), a.prefix(), a.suffix());
    }
}
