package com.scudo;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Each feature package (com.scudo.X) is a module: its base package (and named sub-APIs such as
 * analytics.model) is public, while any {@code internal} or {@code web} package below it is private.
 */
class ModuleBoundaryTests {

    private static final Pattern HIDDEN = Pattern.compile("^com\\.scudo\\.([a-z0-9]+)\\..*?\\b(internal|web)\\b.*");
    private static JavaClasses production;

    @BeforeAll
    static void importClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.scudo");
    }

    @Test
    void noModuleReachesIntoAnotherModulesInternals() {
        classes().should(onlyUseOtherModulesPublicSurface())
                .allowEmptyShould(true)
                .check(production);
    }

    @Test
    void sharedValuesDependOnNoFeature() {
        noClasses().that().resideInAPackage("com.scudo.shared..")
                .should().dependOnClassesThat(new DescribedPredicate<JavaClass>("belong to a feature") {
                    @Override
                    public boolean test(JavaClass target) {
                        String pkg = target.getPackageName();
                        return pkg.startsWith("com.scudo.") && !pkg.startsWith("com.scudo.shared");
                    }
                })
                .allowEmptyShould(true)
                .check(production);
    }

    @Test
    void purchaseModelsArePlainJava() {
        noClasses().that().resideInAPackage("com.scudo.analytics.model..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "org.jooq..", "java.sql..", "software.amazon..")
                .allowEmptyShould(true)
                .check(production);
    }

    private static ArchCondition<JavaClass> onlyUseOtherModulesPublicSurface() {
        return new ArchCondition<>("only use other modules' public surface") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                String from = moduleOf(origin.getPackageName()).orElse("");
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    String targetPackage = dependency.getTargetClass().getPackageName();
                    Matcher hidden = HIDDEN.matcher(targetPackage + ".");
                    if (hidden.matches() && !hidden.group(1).equals(from)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    private static Optional<String> moduleOf(String packageName) {
        String[] parts = packageName.split("\\.");
        return parts.length >= 3 && parts[0].equals("com") && parts[1].equals("scudo")
                ? Optional.of(parts[2]) : Optional.empty();
    }
}
