package org.dossier.pkg;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where the files of a package come from: a folder on disk, or a folder on the classpath (which
 * also works from inside the shaded jar, where resources are no files).
 */
abstract class PackageFiles {
    static final String MANIFEST = "dossier.yaml";

    /** The files a package may hold, in the order issues are reported; each holds one top-level key. */
    static final List<String> KINDS = List.of(
        "sources", "actors", "places", "lines", "agreements", "relations", "events", "claims", "quantities", "rates");

    static final List<String> EXTENSIONS = List.of(".yaml", ".yml", ".json");

    /** The file's bytes, or empty when the package does not have it. */
    abstract Optional<byte[]> read(String name);

    /** Every file name at the package's top level, when it can be listed (not on the classpath). */
    abstract List<String> list();

    /** A path or address the user recognises, to print before {@code file:line}. */
    abstract String location();

    static int order(String file) {
        if (file.equals(MANIFEST)) {
            return 0;
        }
        String stem = file.contains(".") ? file.substring(0, file.lastIndexOf('.')) : file;
        int i = KINDS.indexOf(stem);
        return i < 0 ? KINDS.size() + 1 : i + 1;
    }

    static PackageFiles folder(Path dir) {
        return new Folder(dir);
    }

    static PackageFiles classpath(String folder) {
        return new Classpath(folder);
    }

    private static final class Folder extends PackageFiles {
        private final Path dir;

        Folder(Path dir) {
            this.dir = dir;
        }

        @Override
        Optional<byte[]> read(String name) {
            Path file = dir.resolve(name);
            try {
                return Optional.of(Files.readAllBytes(file));
            } catch (NoSuchFileException e) {
                return Optional.empty();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        List<String> list() {
            try (Stream<Path> files = Files.list(dir)) {
                return files.map(p -> p.getFileName().toString()).sorted().toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        String location() {
            return dir.toString();
        }
    }

    private static final class Classpath extends PackageFiles {
        private final String folder;

        Classpath(String folder) {
            this.folder = folder.endsWith("/") ? folder : folder + "/";
        }

        @Override
        Optional<byte[]> read(String name) {
            try (InputStream in = PackageFiles.class.getClassLoader().getResourceAsStream(folder + name)) {
                return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        List<String> list() {
            return List.of();
        }

        @Override
        String location() {
            return "classpath:" + folder.substring(0, folder.length() - 1);
        }
    }
}
