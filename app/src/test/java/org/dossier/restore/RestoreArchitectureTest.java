package org.dossier.restore;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Restoration is core: it knows no command line, storage or web. */
class RestoreArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.dossier.restore");

    @Test
    void restoreDependsOnNoCliStoreOrWeb() {
        noClasses().that().resideInAPackage("org.dossier.restore..")
            .should().dependOnClassesThat().resideInAnyPackage("org.dossier.cli..", "org.dossier.store..", "org.dossier.web..",
                "picocli..", "io.javalin..")
            .check(CLASSES);
    }
}
