package com.pettoyou;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTest {

	@Test
	void modulesHaveNoCyclesOrReachIns() {
		ApplicationModules.of(PetToYouApplication.class).verify();
	}

}
