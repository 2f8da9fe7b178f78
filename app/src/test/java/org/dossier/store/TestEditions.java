package org.dossier.store;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.restore.Edition;
import org.dossier.restore.Footnote;
import org.dossier.restore.Marker;
import org.dossier.restore.Metadata;
import org.dossier.restore.Page;
import org.dossier.restore.Paragraph;
import org.dossier.restore.Span;
import org.dossier.restore.Stats;

/**
 * Editions for storage and web tests, independent of the restorer: the first line is the title,
 * blank lines separate paragraphs, a line {@code [page N]} starts a page, and a paragraph
 * {@code NOTE n: text} is footnote n of its page, linked to the marker {@code {n}} in a paragraph.
 */
public final class TestEditions {
    private static final Pattern PAGE = Pattern.compile("\\[page (\\d+)]");
    private static final Pattern NOTE = Pattern.compile("NOTE (\\d+): (.*)", Pattern.DOTALL);

    private TestEditions() {}

    public static Edition of(String raw) {
        List<String> lines = raw.lines().toList();
        List<Page> pages = new ArrayList<>();
        List<Paragraph> paragraphs = new ArrayList<>();
        List<Footnote> footnotes = new ArrayList<>();
        int page = 1;
        int pageStart = 1;
        int offset = 0;
        StringBuilder block = new StringBuilder();
        int blockStart = 0;
        int blockRaw = 0;
        for (int i = 0; i <= lines.size(); i++) {
            String line = i < lines.size() ? lines.get(i) : "";
            Matcher pm = PAGE.matcher(line.strip());
            boolean breaks = line.isBlank() || pm.matches() || i == lines.size();
            if (breaks && block.length() > 0) {
                add(block.toString(), page, blockStart, i, blockRaw, paragraphs, footnotes);
                block.setLength(0);
            }
            if (pm.matches()) {
                if (i > 0) {
                    pages.add(new Page(page, false, pageStart, i, null));
                }
                page = Integer.parseInt(pm.group(1));
                pageStart = i + 1;
            } else if (!breaks && i > 0) {
                if (block.length() == 0) {
                    blockStart = i + 1;
                    blockRaw = offset;
                } else {
                    block.append(' ');
                }
                block.append(line.strip());
            }
            offset += line.length() + 1;
        }
        pages.add(new Page(page, false, pageStart, lines.size(), null));
        Metadata meta = new Metadata(lines.isEmpty() ? null : lines.get(0).strip(), null, null, null, null, null, null, null);
        Stats stats = new Stats(pages.size(), paragraphs.size(), footnotes.size(), footnotes.size(), 0, 0, 0, 0, 0);
        return new Edition(meta, pages, paragraphs, footnotes, List.of(), List.of(), List.of(), stats, null);
    }

    private static void add(String text, int page, int start, int end, int raw, List<Paragraph> paragraphs,
                            List<Footnote> footnotes) {
        Matcher nm = NOTE.matcher(text);
        if (nm.matches()) {
            String label = nm.group(1);
            Marker marker = null;
            for (Paragraph p : paragraphs) {
                int at = p.text().indexOf("{" + label + "}");
                if (at >= 0) {
                    marker = new Marker(p.id(), at, "{" + label + "}", p.startLine());
                }
            }
            footnotes.add(new Footnote("fn-" + page + "-" + label, label, page, nm.group(2), start, end,
                marker, List.of(), List.of(new Span(0, nm.group(2).length(), raw, raw + text.length(), start))));
            return;
        }
        String id = "p" + (paragraphs.size() + 1);
        paragraphs.add(new Paragraph(id, page, text, start, end,
            List.of(new Span(0, text.length(), raw, raw + text.length(), start))));
    }
}
