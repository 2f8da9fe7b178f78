package org.dossier.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.dossier.restore.Edition;
import org.dossier.restore.Metadata;
import org.dossier.restore.Paragraph;
import org.dossier.restore.Span;
import org.dossier.restore.Stats;

/**
 * A stand-in restorer for runner tests, which are about scheduling, files and resumption, not
 * restoration: every blank-line-separated block is a paragraph, and a text containing
 * {@code BROKEN} makes it throw as a restorer bug would.
 */
final class CountingRestorer implements Function<String, Edition> {

    final AtomicInteger calls = new AtomicInteger();

    @Override
    public Edition apply(String raw) {
        calls.incrementAndGet();
        if (raw.contains("BROKEN")) {
            throw new IllegalStateException("cannot make sense of\nthis text");
        }
        List<Paragraph> paragraphs = new ArrayList<>();
        int offset = 0;
        for (String block : raw.split("\n\n")) {
            if (!block.isBlank()) {
                String id = "p" + (paragraphs.size() + 1);
                paragraphs.add(new Paragraph(id, 1, block.strip(), 1, 1,
                    List.of(new Span(0, block.length(), offset, offset + block.length(), 1))));
            }
            offset += block.length() + 2;
        }
        Stats stats = new Stats(1, paragraphs.size(), 0, 0, 0, 0, 0, 0, 0);
        return new Edition(new Metadata(null, null, null, null, null, null, null, null),
            List.of(), paragraphs, List.of(), List.of(), List.of(), List.of(), stats, null);
    }
}
