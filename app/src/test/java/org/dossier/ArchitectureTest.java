package org.dossier;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The core knows no command line, database or web: those depend on it, never the other way. */
class ArchitectureTest {
    private static final String[] CORE = {
        "org.dossier.restore..", "org.dossier.model..", "org.dossier.time..", "org.dossier.pkg..",
        "org.dossier.regime..", "org.dossier.rail..", "org.dossier.chronicle..", "org.dossier.corpus.."};

    private static final JavaClasses CLASSES = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.dossier");

    @Test
    void coreDependsOnNoCliStoreOrWebPackage() {
        noClasses().that().resideInAnyPackage(CORE)
            .should().dependOnClassesThat().resideInAnyPackage("org.dossier.cli..", "org.dossier.store..",
                "org.dossier.web..")
            .allowEmptyShould(true)
            .check(CLASSES);
    }

    @Test
    void coreUsesNoWebServerOrDatabaseLibrary() {
        noClasses().that().resideInAnyPackage(CORE)
            .should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "java.sql..", "org.flywaydb..",
                "picocli..")
            .allowEmptyShould(true)
            .check(CLASSES);
    }
}
