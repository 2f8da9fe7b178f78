package org.dossier.pkg;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.restore.Edition;
import org.dossier.restore.Footnote;
import org.dossier.restore.Page;
import org.dossier.restore.Paragraph;
import org.dossier.restore.Span;

/**
 * Builds editions for tests without the restorer: lines "-- page N --" start a page, blank lines
 * end a unit, a unit starting with a number and a space is a footnote with that label. Lines of a
 * unit are joined with one space; each keeps a span back to its raw line.
 */
public final class TestEditions {
    private static final Pattern PAGE = Pattern.compile("-- page (\\d+) --");
    private static final Pattern FOOTNOTE = Pattern.compile("(\\d+) .*");

    private TestEditions() {}

    public static Edition of(String raw) {
        String[] lines = raw.split("\n", -1);
        List<Page> pages = new ArrayList<>();
        List<Paragraph> paragraphs = new ArrayList<>();
        List<Footnote> footnotes = new ArrayList<>();
        int page = 1;
        int pageStart = 1;
        StringBuilder text = new StringBuilder();
        List<Span> spans = new ArrayList<>();
        int unitStart = 0;
        int rawOffset = 0;
        for (int i = 0; i <= lines.length; i++) {
            String line = i < lines.length ? lines[i] : "";
            Matcher m = PAGE.matcher(line);
            boolean ends = line.isBlank() || m.matches() || i == lines.length;
            if (ends && text.length() > 0) {
                addUnit(text.toString(), spans, page, unitStart, i, paragraphs, footnotes);
                text.setLength(0);
                spans = new ArrayList<>();
            }
            if (m.matches()) {
                if (i > 0) {
                    pages.add(new Page(page, false, pageStart, i, null));
                }
                page = Integer.parseInt(m.group(1));
                pageStart = i + 1;
            } else if (!ends) {
                if (text.length() == 0) {
                    unitStart = i + 1;
                } else {
                    text.append(' ');
                }
                spans.add(new Span(text.length(), text.length() + line.length(), rawOffset, rawOffset + line.length(), i + 1));
                text.append(line);
            }
            rawOffset += line.length() + 1;
        }
        pages.add(new Page(page, false, pageStart, lines.length, null));
        return new Edition(null, pages, paragraphs, footnotes, List.of(), List.of(), List.of(), null, null);
    }

    private static void addUnit(String text, List<Span> spans, int page, int start, int end,
                                List<Paragraph> paragraphs, List<Footnote> footnotes) {
        Matcher f = FOOTNOTE.matcher(text);
        if (f.matches()) {
            footnotes.add(new Footnote("fn" + f.group(1), f.group(1), page, text, start, end, null, List.of(), spans));
        } else {
            paragraphs.add(new Paragraph("p" + (paragraphs.size() + 1), page, text, start, end, spans));
        }
    }
}
