package io.recoverydesk;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module graph stays as designed (no cycles, no access to internals), and the module
 * docs are regenerated.
 */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(RecoveryDeskApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }

}
