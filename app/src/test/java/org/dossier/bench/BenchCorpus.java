package org.dossier.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dossier.restore.RawText;

/**
 * The restore benchmarks' corpus: every {@code .txt} file under a folder, decoded once before any
 * timing (decoding is no part of restoring), with the size each counts for: its UTF-8 length.
 */
public record BenchCorpus(List<String> texts, List<Integer> utf8Lengths, long fileBytes) {

    public static BenchCorpus load(Path folder) throws IOException {
        List<String> texts = new ArrayList<>();
        List<Integer> lengths = new ArrayList<>();
        long bytes = 0;
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                byte[] raw = Files.readAllBytes(p);
                String text = RawText.decode(raw);
                texts.add(text);
                lengths.add(text.getBytes(StandardCharsets.UTF_8).length);
                bytes += raw.length;
            }
        }
        if (texts.isEmpty()) {
            throw new IOException("no .txt files under " + folder);
        }
        return new BenchCorpus(List.copyOf(texts), List.copyOf(lengths), bytes);
    }
}
