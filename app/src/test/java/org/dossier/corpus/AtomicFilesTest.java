package org.dossier.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir Path tmp;

    @Test
    void aWriteThatFailsHalfwayLeavesNeitherTargetNorTemporaryFile() throws IOException {
        Path target = tmp.resolve("x/edition.json");

        assertThrows(IOException.class, () -> AtomicFiles.write(target, out -> {
            out.write("{\"half\":".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        }));

        assertFalse(Files.exists(target));
        try (Stream<Path> left = Files.list(target.getParent())) {
            assertEquals(0, left.count());
        }
    }

    @Test
    void aFailedRewriteKeepsThePreviousWholeFile() throws IOException {
        Path target = tmp.resolve("edition.json");
        AtomicFiles.write(target, out -> out.write("old".getBytes(StandardCharsets.UTF_8)));

        assertThrows(IOException.class, () -> AtomicFiles.write(target, out -> {
            out.write("ne".getBytes(StandardCharsets.UTF_8));
            throw new IOException("killed");
        }));

        assertEquals("old", Files.readString(target));
    }

    @Test
    void givesOutputsTheSamePermissionsAsAnyNewFile() throws IOException {
        Path target = tmp.resolve("edition.json");
        Path plain = Files.createFile(tmp.resolve("plain"));
        org.junit.jupiter.api.Assumptions.assumeTrue(
            Files.getFileStore(tmp).supportsFileAttributeView("posix"), "needs POSIX permissions");

        AtomicFiles.write(target, out -> out.write('x'));

        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(target));
    }
}
