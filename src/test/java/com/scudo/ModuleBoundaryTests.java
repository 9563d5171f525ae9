package com.scudo;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * A rule Spring Modulith does not express (module boundaries themselves are checked by {@link ModularityTests}):
 * the purchase models stay plain Java.
 */
class ModuleBoundaryTests {

    private static JavaClasses production;

    @BeforeAll
    static void importClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.scudo");
    }

    @Test
    void purchaseModelsArePlainJava() {
        noClasses().that().resideInAPackage("com.scudo.analytics.model..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "org.jooq..", "java.sql..", "software.amazon..")
                .allowEmptyShould(true)
                .check(production);
    }
}
