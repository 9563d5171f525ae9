package com.scudo;

import com.tngtech.archunit.core.domain.JavaClass;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Each feature package (com.scudo.X) is an application module: its base package (and the named interfaces its
 * package-info declares, such as analytics.model) is public, everything below it is private. Spring Modulith checks
 * that no module reaches into another's private types, that no module depends on one it does not declare and that
 * the modules form no cycle.
 */
class ModularityTests {

    /** The application class only hands the command line its arguments; it belongs to no module. */
    static final ApplicationModules MODULES = ApplicationModules.of(ScudoApplication.class,
            JavaClass.Predicates.equivalentTo(ScudoApplication.class));

    @Test
    void modulesKeepTheirBoundaries() {
        MODULES.verify();
    }

    /** The module map and one diagram per module, under target/spring-modulith-docs (see docs/modules.md). */
    @Test
    void writesModuleDocumentation() {
        new Documenter(MODULES)
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }
}
