package org.urgentaction;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Keeps the feature packages apart: no cycles, and no use of another module's internals.
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(UrgentActionApplication.class);

	@Test
	void modulesKeepTheirBoundaries() {
		this.modules.verify();
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(this.modules).writeModulesAsPlantUml();
	}

}
