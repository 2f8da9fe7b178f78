package org.dossier.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dossier.restore.Edition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusRunnerTest {

    @TempDir Path tmp;
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void writesOneEditionAndOneSummaryLinePerInput() throws Exception {
        Path in = texts(Map.of("a.txt", "one\n\ntwo", "sub/b.txt", "three", "notes.md", "not a text"));
        CountingRestorer restorer = new CountingRestorer();

        CorpusTotals totals = run(in, 2, restorer);

        assertEquals(new CorpusTotals(2, 2, 0, 0, 13, totals.millis()), totals);
        Map<String, JsonNode> lines = summaryByPath();
        assertEquals(List.of("a.txt", "sub/b.txt"), lines.keySet().stream().sorted().toList());
        JsonNode a = lines.get("a.txt");
        assertEquals("restored", a.get("status").asText());
        assertEquals(2, a.get("paragraphs").asInt());
        assertEquals(8, a.get("bytes").asInt());
        assertEquals(TextFiles.sha256("one\n\ntwo".getBytes(StandardCharsets.UTF_8)), a.get("sha256").asText());
        Path edition = out().resolve(a.get("output").asText());
        Edition back = EditionJson.editionReader().readValue(edition.toFile());
        assertEquals("two", back.paragraphs().get(1).text());
    }

    @Test
    void reportsABadFileAndGoesOnWithTheRest() throws Exception {
        Path in = texts(Map.of("good.txt", "fine text", "bad.txt", "BROKEN page", "later.txt", "more"));

        CorpusTotals totals = run(in, 1, new CountingRestorer());

        assertEquals(3, totals.files());
        assertEquals(2, totals.restored());
        assertEquals(1, totals.failed());
        JsonNode bad = summaryByPath().get("bad.txt");
        assertEquals("failed", bad.get("status").asText());
        assertEquals("cannot restore: IllegalStateException: cannot make sense of this text", bad.get("error").asText());
        assertFalse(bad.has("output"));
        assertEquals(2, editions().size());
    }

    @Test
    void reportsAListedPathThatCannotBeReadAsFailed() throws Exception {
        Path in = texts(Map.of("a.txt", "alpha"));
        Path list = tmp.resolve("list.txt");
        Files.writeString(list, "# inputs\nin/a.txt\n\nin/missing.txt\n");

        CorpusTotals totals = CorpusRunner.writingTo(out()).jobs(2).restorers(CountingRestorer::new).build()
            .run(CorpusInputs.of(list, CorpusInputs.DEFAULT_GLOB, out()));

        assertEquals(2, totals.files());
        assertEquals(1, totals.failed());
        JsonNode missing = summaryByPath().get("in/missing.txt");
        assertTrue(missing.get("error").asText().startsWith("cannot read: NoSuchFileException"), missing.toString());
        assertEquals("restored", summaryByPath().get("in/a.txt").get("status").asText());
    }

    @Test
    void rerunSkipsWhatIsDoneAndRestoresWhatChanged() throws Exception {
        Path in = texts(Map.of("a.txt", "alpha", "b.txt", "beta", "c.txt", "BROKEN gamma"));
        run(in, 2, new CountingRestorer());
        Files.writeString(in.resolve("b.txt"), "beta, second edition");
        Files.writeString(in.resolve("c.txt"), "gamma, repaired");
        CountingRestorer second = new CountingRestorer();

        CorpusTotals totals = run(in, 2, second);

        assertEquals(2, second.calls.get(), "only the changed and the failed input are restored again");
        assertEquals(1, totals.skipped());
        assertEquals(2, totals.restored());
        List<JsonNode> lines = summaryLines();
        assertEquals(6, lines.size(), "the summary keeps the lines of both runs");
        JsonNode skipped = lines.subList(3, 6).stream()
            .filter(l -> l.get("path").asText().equals("a.txt")).findFirst().orElseThrow();
        assertEquals("skipped", skipped.get("status").asText());
        assertEquals("already restored", skipped.get("reason").asText());
        assertFalse(skipped.has("error"));
        assertEquals(4, editions().size());
    }

    @Test
    void handsEachRestoredEditionToTheSinkAndRetriesWhatTheSinkRefused() throws Exception {
        Path in = texts(Map.of("a.txt", "alpha", "b.txt", "beta"));
        java.util.Set<String> taken = java.util.concurrent.ConcurrentHashMap.newKeySet();
        EditionSink refusesBeta = (path, sha, raw, edition) -> {
            if (raw.equals("beta")) {
                throw new IllegalStateException("store is full");
            }
            taken.add(path + " " + sha + " " + edition.paragraphs().size());
        };

        CorpusTotals first = CorpusRunner.writingTo(out()).jobs(2).restorers(CountingRestorer::new).sink(refusesBeta)
            .build().run(CorpusInputs.of(in, "*.txt", out()));
        CorpusTotals second = CorpusRunner.writingTo(out()).jobs(2).restorers(CountingRestorer::new)
            .sink((path, sha, raw, edition) -> taken.add(path + " " + sha + " " + edition.paragraphs().size()))
            .build().run(CorpusInputs.of(in, "*.txt", out()));

        assertEquals(1, first.failed());
        assertEquals("not taken by the sink: IllegalStateException: store is full",
            summaryLines().stream().filter(l -> l.get("path").asText().equals("b.txt")).findFirst().orElseThrow()
                .get("error").asText());
        assertEquals(1, second.restored());
        assertEquals(1, second.skipped());
        assertEquals(java.util.Set.of(
            "a.txt " + TextFiles.sha256("alpha".getBytes(StandardCharsets.UTF_8)) + " 1",
            "b.txt " + TextFiles.sha256("beta".getBytes(StandardCharsets.UTF_8)) + " 1"), taken);
    }

    @Test
    void restoresIdenticalContentOnce() throws Exception {
        Path in = texts(Map.of("a.txt", "same words", "copy/a.txt", "same words"));
        CountingRestorer restorer = new CountingRestorer();

        CorpusTotals totals = run(in, 2, restorer);

        assertEquals(1, restorer.calls.get());
        assertEquals(1, totals.restored());
        assertEquals(1, totals.skipped());
        assertEquals(1, editions().size());
        Map<String, JsonNode> lines = summaryByPath();
        assertEquals(lines.get("a.txt").get("output"), lines.get("copy/a.txt").get("output"));
    }

    @Test
    void aLeftoverTemporaryFileDoesNotCountAsDone() throws Exception {
        Path in = texts(Map.of("a.txt", "alpha"));
        String sha = TextFiles.sha256("alpha".getBytes(StandardCharsets.UTF_8));
        Path edition = new CorpusLayout(out()).edition(sha);
        Files.createDirectories(edition.getParent());
        Path leftover = edition.resolveSibling("." + edition.getFileName() + "12345.tmp");
        Files.writeString(leftover, "{\"metadata\":");

        CorpusTotals totals = run(in, 1, new CountingRestorer());

        assertEquals(1, totals.restored());
        assertTrue(Files.exists(edition));
    }

    @Test
    void runsOnAsManyWorkersAsAskedAndNoMore() throws Exception {
        Map<String, String> files = new java.util.HashMap<>();
        for (int i = 0; i < 12; i++) {
            files.put("t" + i + ".txt", "text number " + i);
        }
        Path in = texts(files);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger peak = new AtomicInteger();
        CountDownLatch threeAtOnce = new CountDownLatch(3);
        Function<String, Edition> slow = raw -> {
            peak.accumulateAndGet(running.incrementAndGet(), Math::max);
            threeAtOnce.countDown();
            try {
                threeAtOnce.await(5, TimeUnit.SECONDS);
                return new CountingRestorer().apply(raw);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            } finally {
                running.decrementAndGet();
            }
        };

        CorpusTotals totals = CorpusRunner.writingTo(out()).jobs(3).restorers(() -> slow).build()
            .run(CorpusInputs.of(in, "*.txt", out()));

        assertEquals(12, totals.restored());
        assertEquals(3, peak.get(), "three workers ran at once, never more");
    }

    @Test
    void startsOnAFreshLineAfterATornSummary() throws Exception {
        Path in = texts(Map.of("a.txt", "alpha"));
        Files.createDirectories(out());
        Files.writeString(out().resolve(CorpusLayout.SUMMARY), "{\"path\":\"x.txt\",\"sha");

        run(in, 1, new CountingRestorer());

        List<String> lines = Files.readAllLines(out().resolve(CorpusLayout.SUMMARY));
        assertEquals(2, lines.size());
        assertEquals("restored", json.readTree(lines.get(1)).get("status").asText());
    }

    @Test
    void leavesItsOwnOutputAndHiddenFilesOutOfAFolderRun() throws Exception {
        Path in = texts(Map.of("a.txt", "alpha", ".hidden/b.txt", "beta", ".c.txt", "gamma"));
        CorpusTotals first = CorpusRunner.writingTo(in.resolve("out")).jobs(1).restorers(CountingRestorer::new)
            .build().run(CorpusInputs.of(in, "*.txt", in.resolve("out")));
        Files.writeString(in.resolve("out/stray.txt"), "not an input");

        CorpusTotals second = CorpusRunner.writingTo(in.resolve("out")).jobs(1).restorers(CountingRestorer::new)
            .build().run(CorpusInputs.of(in, "*.txt", in.resolve("out")));

        assertEquals(1, first.files());
        assertEquals(1, second.files());
        assertEquals(1, second.skipped());
    }

    private CorpusTotals run(Path in, int jobs, CountingRestorer restorer) throws Exception {
        return CorpusRunner.writingTo(out()).jobs(jobs).restorers(() -> restorer).build()
            .run(CorpusInputs.of(in, CorpusInputs.DEFAULT_GLOB, out()));
    }

    private Path texts(Map<String, String> files) throws IOException {
        Path in = tmp.resolve("in");
        for (Map.Entry<String, String> f : files.entrySet()) {
            Path p = in.resolve(f.getKey());
            Files.createDirectories(p.getParent());
            Files.writeString(p, f.getValue());
        }
        return in;
    }

    private Path out() {
        return tmp.resolve("out");
    }

    private List<JsonNode> summaryLines() throws IOException {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : Files.readAllLines(out().resolve(CorpusLayout.SUMMARY))) {
            lines.add(json.readTree(line));
        }
        return lines;
    }

    private Map<String, JsonNode> summaryByPath() throws IOException {
        return summaryLines().stream().collect(Collectors.toMap(l -> l.get("path").asText(), l -> l, (x, y) -> y));
    }

    private List<Path> editions() throws IOException {
        try (Stream<Path> s = Files.walk(out().resolve("editions"))) {
            return s.filter(p -> p.toString().endsWith(".json")).toList();
        }
    }
}
