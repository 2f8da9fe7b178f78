package org.dossier.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusInputsTest {

    @TempDir Path tmp;

    @Property(tries = 200)
    void aListFileYieldsExactlyItsPathLinesInOrder(
            @ForAll @Size(max = 12) List<@AlphaChars @NumericChars @StringLength(min = 1, max = 12) String> names,
            @ForAll @Size(max = 12) List<@StringLength(max = 20) String> comments) throws IOException {
        Path dir = Files.createTempDirectory("inputs");
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < Math.max(names.size(), comments.size()); i++) {
            if (i < comments.size()) {
                lines.add(i % 2 == 0 ? "# " + comments.get(i).replaceAll("\\R", " ") : "   ");
            }
            if (i < names.size()) {
                lines.add("  sub/" + names.get(i) + ".txt ");
            }
        }
        Path list = dir.resolve("list");
        Files.write(list, lines);

        List<Path> paths;
        try (Stream<Path> s = CorpusInputs.of(list, "*.txt", null).open()) {
            paths = s.toList();
        } finally {
            Files.delete(list);
            Files.delete(dir);
        }

        assertEquals(names.stream().map(n -> dir.toAbsolutePath().resolve("sub/" + n + ".txt")).toList(), paths);
        CorpusInputs inputs = CorpusInputs.of(list, "*.txt", null);
        assertEquals(names.stream().map(n -> "sub/" + n + ".txt").toList(), paths.stream().map(inputs::displayName).toList());
    }

    @Test
    void aMissingSourceIsNoSuchFile() {
        assertThrows(NoSuchFileException.class, () -> CorpusInputs.of(tmp.resolve("none"), "*.txt", null).open());
    }

    @Test
    void aFolderYieldsMatchingFilesAtAnyDepthWithNamesRelativeToIt() throws IOException {
        Files.createDirectories(tmp.resolve("a/b"));
        Files.writeString(tmp.resolve("a/b/deep.txt"), "x");
        Files.writeString(tmp.resolve("top.txt"), "x");
        Files.writeString(tmp.resolve("top.md"), "x");
        CorpusInputs inputs = CorpusInputs.of(tmp, "*.txt", null);

        List<String> names;
        try (Stream<Path> s = inputs.open()) {
            names = s.map(inputs::displayName).sorted().toList();
        }

        assertEquals(List.of("a/b/deep.txt", "top.txt"), names);
    }
}
