package org.dossier.restore.render;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.dossier.restore.Citation;
import org.dossier.restore.Edition;
import org.dossier.restore.Footnote;
import org.dossier.restore.Metadata;
import org.dossier.restore.Paragraph;

/**
 * TEI P5: {@code <pb n>} where each page begins, {@code <p>} per paragraph, each footnote as
 * {@code <note place="foot" n>} placed at its marker, and citations as {@code <bibl>} with their
 * parts. Notes without a marker go to a notes division in {@code <back>}.
 */
public final class TeiRenderer implements EditionRenderer {

    static final String BACK = "<back>\n<div type=\"notes\">\n<head>Notes without a marker in the text</head>\n";
    static final String BACK_END = "</div>\n</back>\n";
    static final String TAIL = "</text>\n</TEI>\n";

    @Override
    public void render(Edition e, Writer out) throws IOException {
        head(e.metadata(), e.sourceSha256(), out);
        int[] pageCursor = {0};
        for (Paragraph p : e.paragraphs()) {
            paragraph(p, Layout.inserts(e, p, pageCursor), out);
        }
        out.write("</body>\n");
        List<Footnote> orphans = Layout.unlinked(e);
        if (!orphans.isEmpty()) {
            out.write(BACK);
            for (Footnote f : orphans) {
                orphan(f, out);
            }
            out.write(BACK_END);
        }
        out.write(TAIL);
    }

    /** The header, up to and including the opening of the body. */
    static void head(Metadata m, String sourceSha256, Writer out) throws IOException {
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">\n");
        out.write("<teiHeader>\n<fileDesc>\n<titleStmt>\n<title>" + Xml.escape(or(m.title(), "Untitled")) + "</title>\n");
        if (m.author() != null) {
            out.write("<author>" + Xml.escape(m.author()) + "</author>\n");
        }
        out.write("</titleStmt>\n<publicationStmt>\n");
        out.write("<publisher>" + Xml.escape(or(m.publisher(), "unknown")) + "</publisher>\n");
        if (m.date() != null) {
            out.write("<date when=\"" + Xml.escape(m.date()) + "\">" + Xml.escape(m.date()) + "</date>\n");
        }
        if (m.price() != null) {
            out.write("<availability><p>Price as printed: " + Xml.escape(m.price()) + "</p></availability>\n");
        }
        out.write("</publicationStmt>\n");
        if (m.series() != null) {
            out.write("<seriesStmt>\n<title>" + Xml.escape(m.series()) + "</title>\n");
            if (m.volume() != null) {
                out.write("<biblScope unit=\"volume\">" + Xml.escape(m.volume()) + "</biblScope>\n");
            }
            if (m.number() != null) {
                out.write("<biblScope unit=\"issue\">" + Xml.escape(m.number()) + "</biblScope>\n");
            }
            out.write("</seriesStmt>\n");
        }
        out.write("<sourceDesc>\n<p>Restored from raw OCR text, SHA-256 " + sourceSha256 + ".</p>\n</sourceDesc>\n");
        out.write("</fileDesc>\n</teiHeader>\n<text>\n<body>\n");
    }

    static void paragraph(Paragraph p, List<Layout.Insert> inserts, Writer out) throws IOException {
        out.write("<p xml:id=\"" + p.id() + "\">");
        int at = 0;
        for (Layout.Insert ins : inserts) {
            out.write(Xml.escape(p.text().substring(at, ins.offset())));
            at = ins.offset();
            if (ins.kind() == Layout.Kind.PAGE) {
                out.write("<pb n=\"" + ins.page().number() + "\"/>");
            } else {
                note(ins.note(), out);
            }
        }
        out.write(Xml.escape(p.text().substring(at)));
        out.write("</p>\n");
    }

    /** A note without a marker, as listed in the back matter. */
    static void orphan(Footnote f, Writer out) throws IOException {
        note(f, out);
        out.write("\n");
    }

    private static void note(Footnote f, Writer out) throws IOException {
        out.write("<note place=\"foot\" n=\"" + Xml.escape(f.label()) + "\" xml:id=\"" + Xml.escape(f.id()) + "\">");
        String text = f.text();
        int at = 0;
        for (Citation c : f.citations()) {
            int i = text.indexOf(c.raw(), at);
            if (i < 0) {
                continue;
            }
            out.write(Xml.escape(text.substring(at, i)));
            bibl(c, out);
            at = i + c.raw().length();
        }
        out.write(Xml.escape(text.substring(at)));
        out.write("</note>");
    }

    private record Part(int start, int end, String open, String close) {}

    /** The citation's own text, with each parsed part wrapped where it stands. */
    static void bibl(Citation c, Writer out) throws IOException {
        String raw = c.raw();
        List<Part> parts = new ArrayList<>();
        add(parts, raw, c.author(), "<author>", "</author>");
        add(parts, raw, c.title(), "<title>", "</title>");
        add(parts, raw, c.container(), "<title level=\"j\">", "</title>");
        add(parts, raw, c.place(), "<pubPlace>", "</pubPlace>");
        add(parts, raw, c.publisher(), "<publisher>", "</publisher>");
        add(parts, raw, c.volume(), "<biblScope unit=\"volume\">", "</biblScope>");
        add(parts, raw, c.number(), "<biblScope unit=\"issue\">", "</biblScope>");
        add(parts, raw, c.pages(), "<biblScope unit=\"page\">", "</biblScope>");
        parts.sort(Comparator.comparingInt(Part::start));
        out.write("<bibl xml:id=\"" + Xml.escape(c.id()) + "\""
            + (c.refersTo() == null ? "" : " corresp=\"#" + Xml.escape(c.refersTo()) + "\"") + ">");
        int at = 0;
        for (Part p : parts) {
            if (p.start() < at) {
                continue;
            }
            out.write(Xml.escape(raw.substring(at, p.start())));
            out.write(p.open() + Xml.escape(raw.substring(p.start(), p.end())) + p.close());
            at = p.end();
        }
        out.write(Xml.escape(raw.substring(at)));
        if (c.date() != null) {
            out.write("<date when=\"" + Xml.escape(c.date()) + "\"/>");
        }
        out.write("</bibl>");
    }

    private static void add(List<Part> parts, String raw, String value, String open, String close) {
        if (value == null || value.isEmpty()) {
            return;
        }
        int i = raw.indexOf(value);
        if (i >= 0) {
            parts.add(new Part(i, i + value.length(), open, close));
        }
    }

    private static String or(String s, String fallback) {
        return s == null ? fallback : s;
    }
}
