package org.dossier.restore.render;

import java.io.IOException;
import java.io.Writer;
import org.dossier.restore.Edition;
import org.dossier.restore.Footnote;
import org.dossier.restore.Metadata;
import org.dossier.restore.Paragraph;

/** A readable edition: page numbers in the margin, footnotes as linked notes, both ways. */
public final class HtmlRenderer implements EditionRenderer {

    @Override
    public void render(Edition e, Writer out) throws IOException {
        Metadata m = e.metadata();
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
        int[] pageCursor = {0};
        for (Paragraph p : e.paragraphs()) {
            out.write("<p id=\"" + p.id() + "\">");
            int at = 0;
            for (Layout.Insert ins : Layout.inserts(e, p, pageCursor)) {
                out.write(Xml.escape(p.text().substring(at, ins.offset())));
                at = ins.offset();
                if (ins.kind() == Layout.Kind.PAGE) {
                    out.write("<span class=\"pb\" id=\"page-" + ins.page().number() + "\">[p. "
                        + ins.page().number() + "]</span>");
                } else {
                    Footnote f = ins.note();
                    out.write("<sup><a href=\"#" + f.id() + "\" id=\"ref-" + f.id() + "\">"
                        + Xml.escape(f.label()) + "</a></sup>");
                }
            }
            out.write(Xml.escape(p.text().substring(at)));
            out.write("</p>\n");
        }
        out.write("</main>\n<section class=\"notes\">\n<h2>Notes</h2>\n<ol>\n");
        for (Footnote f : e.footnotes()) {
            out.write("<li id=\"" + f.id() + "\" value=\"" + valueOf(f.label()) + "\"><b>" + Xml.escape(f.label())
                + ".</b> " + Xml.escape(f.text()));
            if (f.marker() != null) {
                out.write(" <a href=\"#ref-" + f.id() + "\" title=\"back to the text\">↩</a>");
            } else {
                out.write(" <em>(no marker found in the text)</em>");
            }
            out.write("</li>\n");
        }
        out.write("</ol>\n</section>\n</body>\n</html>\n");
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
