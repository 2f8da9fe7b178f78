package org.dossier.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusOutputTest {

    @TempDir Path tmp;

    @Test
    void readsBackEveryDistinctEditionAndEverySummaryLineOfEveryRun() throws Exception {
        Path in = tmp.resolve("in");
        Files.createDirectories(in.resolve("sub"));
        Files.writeString(in.resolve("a.txt"), "alpha\n\nbeta");
        Files.writeString(in.resolve("sub/a-copy.txt"), "alpha\n\nbeta");
        Files.writeString(in.resolve("b.txt"), "gamma");
        Path out = tmp.resolve("out");
        for (int run = 0; run < 2; run++) {
            CorpusRunner.writingTo(out).jobs(1).restorers(CountingRestorer::new).build()
                .run(CorpusInputs.of(in, "*.txt", out));
        }
        Files.writeString(out.resolve(CorpusLayout.SUMMARY), "{\"path\":\"torn", StandardCharsets.UTF_8,
            java.nio.file.StandardOpenOption.APPEND);
        CorpusOutput output = CorpusOutput.of(out);

        List<CorpusOutput.EditionFile> editions;
        try (Stream<CorpusOutput.EditionFile> s = output.editions()) {
            editions = s.toList();
        }
        List<DocumentResult> lines;
        try (Stream<DocumentResult> s = output.summary()) {
            lines = s.toList();
        }

        assertEquals(2, editions.size());
        assertEquals(6, lines.size());
        String alpha = TextFiles.sha256("alpha\n\nbeta".getBytes(StandardCharsets.UTF_8));
        assertEquals(2, output.findEdition(alpha).orElseThrow().paragraphs().size());
        assertTrue(output.findEdition("0".repeat(64)).isEmpty());
        assertEquals(2, lines.stream().filter(l -> l.status() == DocumentStatus.RESTORED).count());
        assertTrue(lines.stream().filter(l -> l.path().equals("sub/a-copy.txt")).allMatch(l -> alpha.equals(l.sha256())));
    }
}
