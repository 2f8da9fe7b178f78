package org.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.dossier.pkg.Dossier;
import org.junit.jupiter.api.Test;

class BundledPackagesTest {
    @Test
    void listsEveryBundledPackageTheFlagshipFirstAndEachLoads() {
        List<Path> folders = BundledPackages.folders();
        List<String> names = folders.stream().map(BundledPackages::name).toList();
        assertEquals(Flagship.ID, names.get(0));
        assertTrue(names.contains("yalta-manchuria-1946"), names.toString());
        assertEquals(names.subList(1, names.size()), BundledPackages.others().stream().map(BundledPackages::name).toList());
        for (Path other : BundledPackages.others()) {
            assertEquals(BundledPackages.name(other), Dossier.load(other).pkg().manifest().id());
        }
    }
}
