package org.dossier.corpus;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class CorpusArchitectureTest {

    @Test
    void theCorpusRunnerKnowsNoCommandLineStoreOrWeb() {
        JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.dossier.corpus");
        noClasses().that().resideInAPackage("org.dossier.corpus..")
            .should().dependOnClassesThat().resideInAnyPackage("org.dossier.cli..", "org.dossier.store..",
                "org.dossier.web..", "picocli..", "io.javalin..", "java.sql..")
            .check(classes);
    }
}
