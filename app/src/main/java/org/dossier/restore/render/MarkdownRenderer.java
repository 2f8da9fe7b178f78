package org.dossier.restore.render;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.dossier.restore.Edition;
import org.dossier.restore.Footnote;
import org.dossier.restore.Metadata;
import org.dossier.restore.Paragraph;

/** Markdown with footnotes ({@code [^id]}) at their markers and page numbers inline in italics. */
public final class MarkdownRenderer implements EditionRenderer {
    static final String UNLINKED = "\n## Notes without a marker in the text\n\n";

    @Override
    public void render(Edition e, Writer out) throws IOException {
        head(e.metadata(), out);
        int[] pageCursor = {0};
        for (Paragraph p : e.paragraphs()) {
            out.write(paragraph(p, Layout.inserts(e, p, pageCursor)));
        }
        for (Footnote f : e.footnotes()) {
            if (f.marker() != null) {
                out.write(linkedNote(f));
            }
        }
        boolean header = false;
        for (Footnote f : Layout.unlinked(e)) {
            if (!header) {
                out.write(UNLINKED);
                header = true;
            }
            out.write(unlinkedNote(f));
        }
    }

    static void head(Metadata m, Writer out) throws IOException {
        out.write("# " + escape(m.title() == null ? "Restored text" : m.title()) + "\n\n");
        if (m.author() != null) {
            out.write("by " + escape(m.author()) + "\n\n");
        }
        String imprint = Metadatas.imprint(m);
        if (!imprint.isEmpty()) {
            out.write("*" + escape(imprint) + "*\n\n");
        }
    }

    static String paragraph(Paragraph p, List<Layout.Insert> inserts) {
        int at = 0;
        StringBuilder b = new StringBuilder();
        for (Layout.Insert ins : inserts) {
            b.append(escape(p.text().substring(at, ins.offset())));
            at = ins.offset();
            if (ins.kind() == Layout.Kind.PAGE) {
                b.append("*[p. ").append(ins.page().number()).append("]* ");
            } else {
                b.append("[^").append(ins.note().id()).append("]");
            }
        }
        b.append(escape(p.text().substring(at)));
        return b.toString().strip() + "\n\n";
    }

    static String linkedNote(Footnote f) {
        return "[^" + f.id() + "]: " + escape(f.text()) + "\n";
    }

    static String unlinkedNote(Footnote f) {
        return "- **" + escape(f.label()) + ".** " + escape(f.text()) + "\n";
    }

    /** Keeps OCR debris from turning into Markdown syntax. */
    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ("\\`*_[]<>#|".indexOf(c) >= 0) {
                b.append('\\');
            }
            b.append(c);
        }
        return b.toString();
    }
}
