package com.pettoyou;

import org.springframework.boot.builder.SpringApplicationBuilder;

import com.pettoyou.local.LocalModeInitializer;

/**
 * Starts the platform API in local mode: embedded PostgreSQL and Redis on loopback,
 * development keys, mail written to an outbox folder, and the development clock. Run it
 * with {@code ./mvnw spring-boot:test-run}. The embedded servers live in the test class
 * path, so the production jar never contains them.
 */
public final class LocalPetToYouApplication {

	private LocalPetToYouApplication() {
	}

	public static void main(String[] args) {
		new SpringApplicationBuilder(PetToYouApplication.class).profiles("local")
			.web(PetToYouApplication.webApplicationType(args))
			.initializers(new LocalModeInitializer())
			.run(args);
	}

}
