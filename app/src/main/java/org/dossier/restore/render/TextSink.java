package org.dossier.restore.render;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.dossier.restore.Correction;
import org.dossier.restore.EditionSink;
import org.dossier.restore.Footnote;
import org.dossier.restore.Hyphenation;
import org.dossier.restore.Metadata;
import org.dossier.restore.Page;
import org.dossier.restore.Paragraph;
import org.dossier.restore.RestoreIssue;
import org.dossier.restore.Stats;

/**
 * What the streamed reading formats share: the records only JSON keeps (page ranges, hyphenation,
 * corrections, issues) are passed over; paragraphs are written as they come, notes kept in a
 * spill for the end. Each format says how its head, paragraphs, notes and end are written, with
 * its renderer's own pieces.
 */
abstract class TextSink implements EditionSink {
    final Writer out;
    final Spill spill;

    TextSink(Writer out, Spill spill) {
        this.out = out;
        this.spill = spill;
    }

    @Override
    public void page(Page p) {}

    @Override
    public void paragraph(Paragraph p, List<Page> beginning, List<Footnote> marked) throws IOException {
        write(p, Layout.inserts(p, beginning, marked));
    }

    /** Writes a paragraph with its page breaks and note markers in place. */
    abstract void write(Paragraph p, List<Layout.Insert> inserts) throws IOException;

    @Override
    public void hyphenation(Hyphenation h) {}

    @Override
    public void correction(Correction c) {}

    @Override
    public void issue(RestoreIssue i) {}

    /** Plain text ({@link TextRenderer}). */
    static final class Plain extends TextSink {
        Plain(Writer out, Spill spill) {
            super(out, spill);
        }

        @Override
        public void metadata(Metadata m) throws IOException {
            TextRenderer.head(m, out);
        }

        @Override
        void write(Paragraph p, List<Layout.Insert> inserts) throws IOException {
            out.write(TextRenderer.paragraph(p, inserts));
        }

        @Override
        public void footnote(Footnote f) throws IOException {
            spill.writer("notes").write(TextRenderer.note(f));
        }

        @Override
        public void finish(Stats stats, String sourceSha256) throws IOException {
            spill.copySection("notes", TextRenderer.NOTES, "", out);
        }
    }

    /** Markdown ({@link MarkdownRenderer}): notes with a marker first, then those without. */
    static final class Markdown extends TextSink {
        Markdown(Writer out, Spill spill) {
            super(out, spill);
        }

        @Override
        public void metadata(Metadata m) throws IOException {
            MarkdownRenderer.head(m, out);
        }

        @Override
        void write(Paragraph p, List<Layout.Insert> inserts) throws IOException {
            out.write(MarkdownRenderer.paragraph(p, inserts));
        }

        @Override
        public void footnote(Footnote f) throws IOException {
            if (f.marker() != null) {
                spill.writer("linked").write(MarkdownRenderer.linkedNote(f));
            } else {
                spill.writer("unlinked").write(MarkdownRenderer.unlinkedNote(f));
            }
        }

        @Override
        public void finish(Stats stats, String sourceSha256) throws IOException {
            spill.copy("linked", out);
            spill.copySection("unlinked", MarkdownRenderer.UNLINKED, "", out);
        }
    }

    /** HTML ({@link HtmlRenderer}). */
    static final class Html extends TextSink {
        Html(Writer out, Spill spill) {
            super(out, spill);
        }

        @Override
        public void metadata(Metadata m) throws IOException {
            HtmlRenderer.head(m, out);
        }

        @Override
        void write(Paragraph p, List<Layout.Insert> inserts) throws IOException {
            out.write(HtmlRenderer.paragraph(p, inserts));
        }

        @Override
        public void footnote(Footnote f) throws IOException {
            spill.writer("notes").write(HtmlRenderer.note(f));
        }

        @Override
        public void finish(Stats stats, String sourceSha256) throws IOException {
            out.write(HtmlRenderer.NOTES);
            spill.copy("notes", out);
            out.write(HtmlRenderer.TAIL);
        }
    }

    /**
     * TEI ({@link TeiRenderer}): its header names the source's digest, known only at the end, so
     * the body is spilled too and the document written whole at the end.
     */
    static final class Tei extends TextSink {
        private Metadata metadata;

        Tei(Writer out, Spill spill) {
            super(out, spill);
        }

        @Override
        public void metadata(Metadata m) {
            metadata = m;
        }

        @Override
        void write(Paragraph p, List<Layout.Insert> inserts) throws IOException {
            TeiRenderer.paragraph(p, inserts, spill.writer("body"));
        }

        @Override
        public void footnote(Footnote f) throws IOException {
            if (f.marker() == null) {
                TeiRenderer.orphan(f, spill.writer("orphans"));
            }
        }

        @Override
        public void finish(Stats stats, String sourceSha256) throws IOException {
            TeiRenderer.head(metadata, sourceSha256, out);
            spill.copy("body", out);
            out.write("</body>\n");
            spill.copySection("orphans", TeiRenderer.BACK, TeiRenderer.BACK_END, out);
            out.write(TeiRenderer.TAIL);
        }
    }
}
