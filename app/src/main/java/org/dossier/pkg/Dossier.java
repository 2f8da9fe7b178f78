package org.dossier.pkg;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dossier.model.Anchor;
import org.dossier.model.DossierPackage;
import org.dossier.model.Manifest;
import org.dossier.model.Names;
import org.dossier.restore.Edition;
import org.dossier.restore.Footnote;
import org.dossier.restore.RawText;
import org.dossier.restore.Restorer;
import org.dossier.restore.UnreadableInputException;

/**
 * A loaded and validated dossier package: its items, the restored edition of its document, name
 * resolution, every anchor resolved into the edition, and its CAMEO table. Loading either succeeds
 * whole or fails with a {@link PackageException} listing every problem; it never half-loads.
 */
public final class Dossier {
    /** Where the flagship package lies on the classpath (also inside the shaded jar). */
    public static final String BUNDLED = "packages/far-east-1932";

    private final String location;
    private final DossierPackage pkg;
    private final Edition edition;
    private final Names names;
    private final CameoTable cameo;
    private final Map<Anchor, ResolvedAnchor> anchors;

    private Dossier(String location, DossierPackage pkg, Edition edition, Names names, CameoTable cameo,
                    Map<Anchor, ResolvedAnchor> anchors) {
        this.location = location;
        this.pkg = pkg;
        this.edition = edition;
        this.names = names;
        this.cameo = cameo;
        this.anchors = Collections.unmodifiableMap(anchors);
    }

    /** Loads the package in folder {@code dir}, restoring its document with the standard restorer. */
    public static Dossier load(Path dir) {
        return load(dir, raw -> Restorer.standard().restore(raw));
    }

    /** Loads the package in folder {@code dir}, restoring its document with {@code restore}. */
    public static Dossier load(Path dir, Function<String, Edition> restore) {
        if (!Files.isDirectory(dir)) {
            throw new PackageException(List.of(new PackageIssue(dir.toString(), 0, "not a package folder")));
        }
        return load(PackageFiles.folder(dir), restore);
    }

    /** Loads the flagship package bundled with Dossier. */
    public static Dossier loadBundled() {
        return load(PackageFiles.classpath(BUNDLED), raw -> Restorer.standard().restore(raw));
    }

    /** Loads the bundled flagship package, restoring its document with {@code restore}. */
    public static Dossier loadBundled(Function<String, Edition> restore) {
        return load(PackageFiles.classpath(BUNDLED), restore);
    }

    private static Dossier load(PackageFiles files, Function<String, Edition> restore) {
        List<PackageIssue> issues = new ArrayList<>();
        PackageReader reader = new PackageReader(files, issues);
        Optional<DossierPackage> read = reader.read();
        if (read.isEmpty()) {
            throw failure(issues);
        }
        DossierPackage pkg = read.get();
        Manifest manifest = pkg.manifest();
        Origins.Origin manifestAt = reader.origins().of(manifest, new Origins.Origin(PackageFiles.MANIFEST, 1));
        CameoTable cameo = readCameo(files, manifest, manifestAt, issues);
        Edition edition = readDocument(files, manifest, manifestAt, restore, issues);
        Set<String> footnotes = edition == null ? null
            : edition.footnotes().stream().map(Footnote::label).collect(Collectors.toSet());
        Names names = Names.of(pkg);
        List<Validator.Found> found = new Validator(pkg, reader.origins(), names, cameo, footnotes, issues)
            .incomplete(reader.incomplete())
            .validate();
        Map<Anchor, ResolvedAnchor> resolved = new LinkedHashMap<>();
        if (edition != null) {
            AnchorIndex index = new AnchorIndex(edition);
            for (Validator.Found f : found) {
                if (resolved.containsKey(f.anchor())) {
                    continue;
                }
                AnchorIndex.Result r = index.resolve(f.anchor());
                if (r.problem() != null) {
                    issues.add(new PackageIssue(f.origin().file(), f.origin().line(), f.item() + ": " + r.problem()));
                } else {
                    resolved.put(f.anchor(), r.resolved());
                }
            }
        }
        if (!issues.isEmpty()) {
            throw failure(issues);
        }
        return new Dossier(files.location(), pkg, edition, names, cameo, resolved);
    }

    private static PackageException failure(List<PackageIssue> issues) {
        List<PackageIssue> sorted = new ArrayList<>(issues);
        Collections.sort(sorted);
        return new PackageException(sorted);
    }

    private static CameoTable readCameo(PackageFiles files, Manifest manifest, Origins.Origin at,
                                        List<PackageIssue> issues) {
        if (manifest.cameoTable() == null) {
            return CameoTable.empty();
        }
        Optional<byte[]> bytes = files.read(manifest.cameoTable());
        if (bytes.isEmpty()) {
            issues.add(new PackageIssue(at.file(), at.line(), "cameoTable '" + manifest.cameoTable() + "' is missing"));
            return CameoTable.empty();
        }
        return CameoTable.read(manifest.cameoTable(), bytes.get(), issues);
    }

    private static Edition readDocument(PackageFiles files, Manifest manifest, Origins.Origin at,
                                        Function<String, Edition> restore, List<PackageIssue> issues) {
        if (manifest.document() == null) {
            return null;
        }
        Optional<byte[]> bytes = files.read(manifest.document());
        if (bytes.isEmpty()) {
            issues.add(new PackageIssue(at.file(), at.line(), "document '" + manifest.document() + "' is missing"));
            return null;
        }
        String sha = sha256(bytes.get());
        if (manifest.documentSha256() != null && !manifest.documentSha256().equalsIgnoreCase(sha)) {
            issues.add(new PackageIssue(at.file(), at.line(), "documentSha256 " + manifest.documentSha256()
                + " does not match " + manifest.document() + ", whose SHA-256 is " + sha));
        }
        try {
            // Decoded as the restore command decodes files, so that span offsets mean the same text.
            return restore.apply(RawText.decode(bytes.get()));
        } catch (UnreadableInputException | UnsupportedOperationException e) {
            issues.add(new PackageIssue(manifest.document(), 0, "cannot restore the document: " + e.getMessage()));
            return null;
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** A path or classpath address of the package, to print before {@code file:line}. */
    public String location() {
        return location;
    }

    public DossierPackage pkg() {
        return pkg;
    }

    /** The restored edition of the package's document. */
    public Edition edition() {
        return edition;
    }

    public Names names() {
        return names;
    }

    public CameoTable cameo() {
        return cameo;
    }

    /** Where {@code anchor} (any anchor of this package's items) landed in the edition. */
    public Optional<ResolvedAnchor> findAnchor(Anchor anchor) {
        return Optional.ofNullable(anchor == null ? null : anchors.get(anchor));
    }

    /** Every anchor of the package, resolved, in the order the items list them. */
    public Collection<ResolvedAnchor> anchors() {
        return anchors.values();
    }
}
