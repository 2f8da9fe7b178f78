package org.dossier.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.dossier.restore.Edition;
import org.dossier.restore.Restorer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runner with the real restorer over the development corpus of 63 bulletins. */
class CorpusRunOnBulletinsTest {

    @TempDir Path tmp;

    @Test
    void restoresEveryBulletinAndSummarisesEachAsItsEditionSays() throws Exception {
        Path bulletins = Path.of(System.getProperty("dossier.shared", "../../shared"), "corpus", "fpa-bulletins");
        assumeTrue(Files.isDirectory(bulletins), "shared corpus not found at " + bulletins + " (set -Ddossier.shared)");

        CorpusTotals totals = CorpusRunner.writingTo(tmp).jobs(2).build()
            .run(CorpusInputs.of(bulletins, CorpusInputs.DEFAULT_GLOB, tmp));

        assertEquals(63, totals.files());
        assertEquals(63, totals.restored(), "a restorer records damage, it never fails on a real bulletin");
        CorpusOutput output = CorpusOutput.of(tmp);
        List<DocumentResult> lines;
        try (Stream<DocumentResult> s = output.summary()) {
            lines = s.toList();
        }
        for (DocumentResult line : lines) {
            Edition written = output.findEdition(line.sha256()).orElseThrow();
            Edition fresh = Restorer.standard().restore(TextFiles.decode(Files.readAllBytes(bulletins.resolve(line.path()))));
            assertEquals(fresh, written, line.path());
            assertEquals(written.stats().paragraphs(), line.paragraphs(), line.path());
            assertEquals(written.stats().footnotesOrphaned(), line.footnotesOrphaned(), line.path());
            assertEquals(written.corrections().size(), line.corrections(), line.path());
            assertEquals(written.issues().size(), line.issues(), line.path());
        }
        assertTrue(lines.stream().mapToInt(DocumentResult::paragraphs).sum() > 63);
    }
}
