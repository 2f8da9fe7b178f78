package org.dossier.restore.render;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.dossier.restore.Edition;
import org.dossier.restore.Footnote;
import org.dossier.restore.Metadata;
import org.dossier.restore.Paragraph;

/** A readable edition: page numbers in the margin, footnotes as linked notes, both ways. */
public final class HtmlRenderer implements EditionRenderer {
    static final String NOTES = "</main>\n<section class=\"notes\">\n<h2>Notes</h2>\n<ol>\n";
    static final String TAIL = "</ol>\n</section>\n</body>\n</html>\n";

    @Override
    public void render(Edition e, Writer out) throws IOException {
        head(e.metadata(), out);
        int[] pageCursor = {0};
        for (Paragraph p : e.paragraphs()) {
            out.write(paragraph(p, Layout.inserts(e, p, pageCursor)));
        }
        out.write(NOTES);
        for (Footnote f : e.footnotes()) {
            out.write(note(f));
        }
        out.write(TAIL);
    }

    static void head(Metadata m, Writer out) throws IOException {
        String title = m.title() == null ? "Restored text" : m.title();
        out.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>");
        out.write(Xml.escape(title));
        out.write("</title>\n<style>\nbody{max-width:38em;margin:2em auto;font-family:Georgia,serif;line-height:1.5;position:relative}\n"
            + ".pb{position:absolute;left:-5em;font-size:.8em;color:#777}\n"
            + "sup a{text-decoration:none}\n.notes{font-size:.9em;border-top:1px solid #ccc;margin-top:2em}\n</style>\n</head>\n<body>\n");
        out.write("<header>\n<h1>" + Xml.escape(title) + "</h1>\n");
        if (m.author() != null) {
            out.write("<p class=\"author\">by " + Xml.escape(m.author()) + "</p>\n");
        }
        String line = Metadatas.imprint(m);
        if (!line.isEmpty()) {
            out.write("<p class=\"imprint\">" + Xml.escape(line) + "</p>\n");
        }
        out.write("</header>\n<main>\n");
    }

    static String paragraph(Paragraph p, List<Layout.Insert> inserts) {
        StringBuilder b = new StringBuilder();
        b.append("<p id=\"").append(p.id()).append("\">");
        int at = 0;
        for (Layout.Insert ins : inserts) {
            b.append(Xml.escape(p.text().substring(at, ins.offset())));
            at = ins.offset();
            if (ins.kind() == Layout.Kind.PAGE) {
                b.append("<span class=\"pb\" id=\"page-").append(ins.page().number()).append("\">[p. ")
                    .append(ins.page().number()).append("]</span>");
            } else {
                Footnote f = ins.note();
                b.append("<sup><a href=\"#").append(f.id()).append("\" id=\"ref-").append(f.id()).append("\">")
                    .append(Xml.escape(f.label())).append("</a></sup>");
            }
        }
        b.append(Xml.escape(p.text().substring(at)));
        return b.append("</p>\n").toString();
    }

    static String note(Footnote f) {
        StringBuilder b = new StringBuilder();
        b.append("<li id=\"").append(f.id()).append("\" value=\"").append(valueOf(f.label())).append("\"><b>")
            .append(Xml.escape(f.label())).append(".</b> ").append(Xml.escape(f.text()));
        if (f.marker() != null) {
            b.append(" <a href=\"#ref-").append(f.id()).append("\" title=\"back to the text\">↩</a>");
        } else {
            b.append(" <em>(no marker found in the text)</em>");
        }
        return b.append("</li>\n").toString();
    }

    private static String valueOf(String label) {
        StringBuilder digits = new StringBuilder();
        for (char c : label.toCharArray()) {
            if (!Character.isDigit(c)) {
                break;
            }
            digits.append(c);
        }
        return digits.length() == 0 ? "0" : digits.toString();
    }
}
