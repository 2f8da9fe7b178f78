package org.dossier.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.dossier.corpus.CorpusLayout;
import org.dossier.corpus.EditionJson;
import org.dossier.corpus.TextFiles;
import org.dossier.restore.Edition;
import org.dossier.restore.Paragraph;
import org.dossier.restore.Restorer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the job in local mode on four bulletins and checks its Parquet and JSON against the restorer. */
class RestoreJobTest {

    /** Above every fixture but the largest (24,147 bytes), which the job must then report, not restore. */
    private static final long MAX_BYTES = 23_000;
    private static final String LARGEST = "sim_foreign-policy-bulletin_1945-10-05_24_51_0.txt";

    @TempDir static Path tmp;
    private static SparkSession spark;
    private static Path bulletins;
    private static RestoreJob.JobTotals totals;
    private static Dataset<Row> units;
    private static final Map<Path, Edition> EDITIONS = new TreeMap<>();

    @BeforeAll
    static void runJobOnceAndRestoreFixturesDirectly() throws URISyntaxException, IOException {
        bulletins = Path.of(RestoreJobTest.class.getResource("/bulletins").toURI());
        spark = SparkSession.builder().master("local[2]").appName("dossier-test")
            .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate();
        totals = new RestoreJob(spark, MAX_BYTES).run(bulletins.toUri() + "*.txt", tmp.toUri().toString(), 0);
        units = spark.read().parquet(tmp.resolve("units").toString()).cache();
        for (Path file : restoredFixtures()) {
            EDITIONS.put(file, Restorer.standard().restore(TextFiles.decode(Files.readAllBytes(file))));
        }
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void reportsEveryInputFileAsOneDocumentAndATooLargeOneAsFailed() {
        assertEquals(4, totals.documents());
        assertEquals(1, totals.failed());
        List<Row> failed = units.where("kind = 'document' AND error IS NOT NULL").collectAsList();
        assertEquals(1, failed.size());
        assertTrue(failed.get(0).<String>getAs("path").endsWith(LARGEST));
        assertEquals("larger than the limit of 23000 bytes (24147)", failed.get(0).getAs("error"));
    }

    @Test
    void writesOneRowPerParagraphFootnoteAndCitationAsTheRestorerFindsThem() throws IOException {
        for (Path file : restoredFixtures()) {
            Edition edition = restore(file);
            String id = TextFiles.sha256(Files.readAllBytes(file));
            Map<String, Long> byKind = countsByKind(id);
            long citations = edition.footnotes().stream().mapToLong(f -> f.citations().size()).sum();
            assertEquals(Map.of("document", 1L, "paragraph", (long) edition.paragraphs().size(),
                    "footnote", (long) edition.footnotes().size(), "citation", citations),
                withZeros(byKind), file.getFileName().toString());
            assertTrue(edition.paragraphs().size() > 0, "a bulletin has paragraphs: " + file.getFileName());
        }
    }

    @Test
    void paragraphRowsCarryTheRawOffsetsAndLinesOfTheirText() throws IOException {
        for (Path file : restoredFixtures()) {
            String raw = TextFiles.decode(Files.readAllBytes(file));
            Edition edition = restore(file);
            String id = TextFiles.sha256(Files.readAllBytes(file));
            List<Row> rows = units.where(functions.col("document_id").equalTo(id).and(functions.col("kind").equalTo("paragraph")))
                .orderBy("raw_start").collectAsList();
            Paragraph first = edition.paragraphs().stream()
                .min((a, b) -> Integer.compare(a.spans().get(0).rawStart(), b.spans().get(0).rawStart())).orElseThrow();
            Row top = rows.get(0);
            assertEquals(first.id(), top.getAs("id"));
            assertEquals(first.startLine(), (int) top.<Integer>getAs("start_line"));
            int start = top.getAs("raw_start");
            int end = top.getAs("raw_end");
            assertTrue(0 <= start && start < end && end <= raw.length(), start + ".." + end);
            assertEquals(first.text().charAt(0), raw.charAt(start), "a paragraph's first character is where its offset points");
        }
    }

    @Test
    void writesOneEditionJsonPerRestoredDocumentInTheCorpusLayout() throws IOException {
        for (Path file : restoredFixtures()) {
            String id = TextFiles.sha256(Files.readAllBytes(file));
            Path json = tmp.resolve(CorpusLayout.editionName(id));
            Edition written = EditionJson.editionReader().readValue(json.toFile());
            assertEquals(restore(file), written);
        }
        try (Stream<Path> all = Files.walk(tmp.resolve("editions"))) {
            assertEquals(3, all.filter(p -> p.toString().endsWith(".json")).count());
        }
    }

    private static List<Path> restoredFixtures() throws IOException {
        try (Stream<Path> s = Files.list(bulletins)) {
            return s.filter(p -> p.toString().endsWith(".txt") && !p.getFileName().toString().equals(LARGEST))
                .sorted().toList();
        }
    }

    private static Edition restore(Path file) {
        return EDITIONS.get(file);
    }

    private static Map<String, Long> countsByKind(String documentId) {
        Map<String, Long> counts = new TreeMap<>();
        for (Row r : units.where(functions.col("document_id").equalTo(documentId)).groupBy("kind").count().collectAsList()) {
            counts.put(r.getString(0), r.getLong(1));
        }
        return counts;
    }

    private static Map<String, Long> withZeros(Map<String, Long> counts) {
        Map<String, Long> all = new TreeMap<>(Map.of("document", 0L, "paragraph", 0L, "footnote", 0L, "citation", 0L));
        all.putAll(counts);
        return all;
    }
}
