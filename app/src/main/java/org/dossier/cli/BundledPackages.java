package org.dossier.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dossier.pkg.Dossier;

/**
 * The packages bundled with Dossier: every folder under {@code packages/} on the class path (in the
 * source tree {@code app/src/main/resources/packages/}), the flagship first, then the others by id.
 * Inside the jar the folders are read through a zip file system, so the loader sees them as folders.
 */
final class BundledPackages {
    private static final String ROOT = "packages";

    private BundledPackages() {}

    /** The folders of the bundled packages, the flagship first. */
    static List<Path> folders() {
        Path root = root();
        List<Path> out = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(root)) {
            dirs.filter(d -> Files.isRegularFile(d.resolve("dossier.yaml")))
                .sorted((a, b) -> rank(a).compareTo(rank(b)))
                .forEach(out::add);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the bundled packages", e);
        }
        return out;
    }

    /** The folders of the bundled packages other than the flagship. */
    static List<Path> others() {
        return folders().stream().filter(d -> !name(d).equals(Flagship.ID)).toList();
    }

    static String name(Path folder) {
        return folder.getFileName().toString().replaceAll("/+$", "");
    }

    private static String rank(Path folder) {
        return (name(folder).equals(Flagship.ID) ? "0" : "1") + name(folder);
    }

    private static Path root() {
        URL url = BundledPackages.class.getClassLoader().getResource(Dossier.BUNDLED + "/dossier.yaml");
        if (url == null) {
            throw new IllegalStateException("the bundled packages are missing from the build: " + Dossier.BUNDLED);
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                return zip(uri).getPath("/" + ROOT);
            }
            return Path.of(uri).getParent().getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("unreadable class path address " + url, e);
        }
    }

    private static FileSystem zip(URI uri) {
        try {
            return FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            return FileSystems.getFileSystem(uri);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the jar " + uri, e);
        }
    }
}
