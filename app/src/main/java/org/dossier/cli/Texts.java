package org.dossier.cli;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.dossier.model.Anchor;
import org.dossier.regime.Basis;

/** Small text renderings shared by the reasoning commands' tables. */
final class Texts {
    private Texts() {}

    static String quote(Anchor a) {
        return a == null || a.exact() == null ? "" : "\"" + a.exact() + "\"";
    }

    static String page(Anchor a) {
        return a == null || a.page() == null ? "" : "p. " + a.page();
    }

    /** The kinds of step a reason took, each once: "reaffirmed, succession". */
    static String roles(List<Basis> because) {
        Set<String> roles = new LinkedHashSet<>();
        because.stream().map(Basis::role).filter(r -> !r.equals("provision") && !r.equals("in-force-from")).forEach(roles::add);
        return String.join(", ", roles);
    }

    /** One step of a reason on one line: role, what, text, page and quote. */
    static String step(Basis b) {
        String what = b.provision() != null ? b.provision() : b.agreement() != null ? b.agreement() : "";
        return b.role() + (what.isEmpty() ? "" : " " + what) + (b.date() == null ? "" : " (" + b.date() + ")")
            + (b.text() == null ? "" : ": " + b.text()) + (b.anchor() == null ? "" : " [" + page(b.anchor()) + " " + quote(b.anchor()) + "]");
    }
}
