package org.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exit codes and messages of {@code dossier corpus restore}; restoration itself is tested elsewhere. */
class CorpusCommandTest {

    @TempDir Path tmp;

    @Test
    void aMissingSourceIsBadInput() {
        Result r = run("corpus", "restore", tmp.resolve("nowhere").toString(), "--out", tmp.resolve("out").toString());

        assertEquals(ExitCode.BAD_INPUT, r.code);
        assertEquals("dossier: no such folder or list file: " + tmp.resolve("nowhere") + "\n", r.err);
    }

    @Test
    void zeroJobsIsBadUsage() throws Exception {
        Files.createDirectories(tmp.resolve("in"));

        Result r = run("corpus", "restore", tmp.resolve("in").toString(), "--jobs", "0", "--out", tmp.resolve("out").toString());

        assertEquals(ExitCode.BAD_USAGE, r.code);
        assertTrue(r.err.contains("--jobs must be at least 1, not 0"), r.err);
    }

    @Test
    void aMissingSubcommandIsBadUsage() {
        assertEquals(ExitCode.BAD_USAGE, run("corpus").code);
    }

    @Test
    void anEmptyFolderIsASuccessfulRunOfNothing() throws Exception {
        Files.createDirectories(tmp.resolve("in"));

        Result r = run("corpus", "restore", tmp.resolve("in").toString(), "--out", tmp.resolve("out").toString(),
            "--progress", "none");

        assertEquals(ExitCode.OK, r.code, r.err);
        assertTrue(r.out.startsWith("0 inputs: 0 restored, 0 skipped, 0 failed;"), r.out);
        assertTrue(Files.exists(tmp.resolve("out/summary.jsonl")));
    }

    @Test
    void aListNamingMissingFilesFinishesTheRunThenExitsWithBadInput() throws Exception {
        Path list = tmp.resolve("list.txt");
        Files.writeString(list, "gone-1.txt\ngone-2.txt\n");

        Result r = run("corpus", "restore", list.toString(), "--out", tmp.resolve("out").toString(), "--progress", "lines");

        assertEquals(ExitCode.BAD_INPUT, r.code);
        assertTrue(r.out.startsWith("2 inputs: 0 restored, 0 skipped, 2 failed;"), r.out);
        assertTrue(r.err.contains("failed: gone-1.txt: cannot read: NoSuchFileException"), r.err);
        assertTrue(r.err.endsWith("dossier: 2 of 2 inputs could not be restored; see "
            + tmp.resolve("out/summary.jsonl") + "\n"), r.err);
        assertEquals(2, Files.readAllLines(tmp.resolve("out/summary.jsonl")).size());
    }

    private record Result(int code, String out, String err) {}

    private static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        picocli.CommandLine cl = Cli.newCommandLine(new Main());
        cl.setOut(new java.io.PrintWriter(new PrintStream(out, true, StandardCharsets.UTF_8), true));
        cl.setErr(new java.io.PrintWriter(new PrintStream(err, true, StandardCharsets.UTF_8), true));
        int code = cl.execute(args);
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
