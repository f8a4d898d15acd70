package com.pettoyou.hospitals.register;

import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;

import com.pettoyou.PetToYouApplication;

import static org.assertj.core.api.Assertions.assertThat;

/** The import command starts the application without a web server. */
class ImportCommandModeTest {

	@Test
	void importCommandStartsNoServer() {
		assertThat(PetToYouApplication.webApplicationType(new String[] { HospitalImportCommand.COMMAND }))
			.isEqualTo(WebApplicationType.NONE);
		assertThat(PetToYouApplication.webApplicationType(new String[] { "create-admin" }))
			.isEqualTo(WebApplicationType.NONE);
		assertThat(PetToYouApplication.webApplicationType(new String[0])).isEqualTo(WebApplicationType.SERVLET);
	}

}
