package org.dossier.restore.render;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.dossier.restore.Edition;
import org.dossier.restore.Footnote;
import org.dossier.restore.Metadata;
import org.dossier.restore.Paragraph;

/** Plain reading text: paragraphs, {@code [p. N]} where pages begin, {@code [label]} at markers, notes last. */
public final class TextRenderer implements EditionRenderer {

    @Override
    public void render(Edition e, Writer out) throws IOException {
        head(e.metadata(), out);
        int[] pageCursor = {0};
        for (Paragraph p : e.paragraphs()) {
            out.write(paragraph(p, Layout.inserts(e, p, pageCursor)));
        }
        if (!e.footnotes().isEmpty()) {
            out.write(NOTES);
            for (Footnote f : e.footnotes()) {
                out.write(note(f));
            }
        }
    }

    static final String NOTES = "Notes\n\n";

    static void head(Metadata m, Writer out) throws IOException {
        if (m.title() != null) {
            out.write(m.title() + "\n");
        }
        if (m.author() != null) {
            out.write("by " + m.author() + "\n");
        }
        String imprint = Metadatas.imprint(m);
        if (!imprint.isEmpty()) {
            out.write(imprint + "\n");
        }
        out.write("\n");
    }

    static String paragraph(Paragraph p, List<Layout.Insert> inserts) {
        int at = 0;
        StringBuilder b = new StringBuilder();
        for (Layout.Insert ins : inserts) {
            b.append(p.text(), at, ins.offset());
            at = ins.offset();
            if (ins.kind() == Layout.Kind.PAGE) {
                b.append("[p. ").append(ins.page().number()).append("] ");
            } else {
                b.append("[").append(ins.note().label()).append("]");
            }
        }
        b.append(p.text().substring(at));
        return b.toString().strip() + "\n\n";
    }

    static String note(Footnote f) {
        return f.label() + ". " + f.text() + (f.marker() == null ? " [no marker found]" : "") + "\n\n";
    }
}
