package org.dossier.spark;

import java.util.ArrayList;
import java.util.List;
import org.dossier.restore.Citation;
import org.dossier.restore.Edition;
import org.dossier.restore.Footnote;
import org.dossier.restore.Paragraph;
import org.dossier.restore.Span;

/** Flattens one restored document into rows: the document itself, then its paragraphs, footnotes and citations. */
final class DocumentUnits {

    private DocumentUnits() {}

    static List<Unit> of(String documentId, String path, long bytes, Edition edition) {
        List<Unit> units = new ArrayList<>();
        units.add(document(documentId, path, bytes, null));
        for (Paragraph p : edition.paragraphs()) {
            units.add(new Unit(documentId, path, Unit.Kind.PARAGRAPH, p.id(), p.page(), p.startLine(), p.endLine(),
                rawStart(p.spans()), rawEnd(p.spans()), p.text(), null, null, null,
                null, null, null, null, null, null, null, null, null, null));
        }
        for (Footnote f : edition.footnotes()) {
            units.add(footnote(documentId, path, f));
            for (Citation c : f.citations()) {
                units.add(citation(documentId, path, f, c));
            }
        }
        return units;
    }

    /** The row of a document; {@code error} says why it could not be restored, else null. */
    static Unit document(String documentId, String path, long bytes, String error) {
        return new Unit(documentId, path, Unit.Kind.DOCUMENT, null, null, null, null, null, null, null, null, null, null,
            null, null, null, null, null, null, null, null, bytes, error);
    }

    private static Unit footnote(String documentId, String path, Footnote f) {
        String markerParagraph = f.marker() == null ? null : f.marker().paragraph();
        Integer markerOffset = f.marker() == null ? null : f.marker().offset();
        return new Unit(documentId, path, Unit.Kind.FOOTNOTE, f.id(), f.page(), f.startLine(), f.endLine(),
            rawStart(f.spans()), rawEnd(f.spans()), f.text(), null, markerParagraph, markerOffset,
            null, null, null, null, null, null, null, null, null, null);
    }

    private static Unit citation(String documentId, String path, Footnote f, Citation c) {
        int at = c.raw() == null || c.raw().isEmpty() ? -1 : f.text().indexOf(c.raw());
        Integer start = at < 0 ? null : SpanOffsets.rawOffset(f.spans(), at);
        Integer end = at < 0 ? null : SpanOffsets.rawEndOffset(f.spans(), at + c.raw().length());
        return new Unit(documentId, path, Unit.Kind.CITATION, c.id(), f.page(), f.startLine(), f.endLine(),
            start, end, c.raw(), f.id(), null, null, c.author(), c.title(), c.container(), c.volume(),
            c.number(), c.date(), c.pages(), c.refersTo(), null, null);
    }

    private static Integer rawStart(List<Span> spans) {
        return spans.stream().mapToInt(Span::rawStart).min().stream().boxed().findFirst().orElse(null);
    }

    private static Integer rawEnd(List<Span> spans) {
        return spans.stream().mapToInt(Span::rawEnd).max().stream().boxed().findFirst().orElse(null);
    }
}
