package org.dossier.rail;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The railway core knows no command line, storage or web server. */
class RailArchitectureTest {
    @Test
    void railDependsOnNoCliStoreOrWeb() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.dossier.rail");
        noClasses().that().resideInAPackage("org.dossier.rail..")
            .should().dependOnClassesThat().resideInAnyPackage("org.dossier.cli..", "org.dossier.store..",
                "org.dossier.web..", "picocli..", "io.javalin..", "java.sql..")
            .check(classes);
    }
}
