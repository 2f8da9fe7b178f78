package org.dossier.pkg;

import java.util.ArrayList;
import java.util.List;
import org.dossier.model.DossierPackage;

/**
 * The flagship package's items as read, before validation: lets tests of one kind of item (the
 * railway's lines and places, say) run while other files of the package are still being written.
 * The package's own validity is {@link Dossier}'s concern and its tests'.
 */
public final class BundledItems {
    private BundledItems() {}

    public static DossierPackage read() {
        List<PackageIssue> issues = new ArrayList<>();
        return new PackageReader(PackageFiles.classpath(Dossier.BUNDLED), issues).read()
            .orElseThrow(() -> new PackageException(issues));
    }
}
