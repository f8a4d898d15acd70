package com.pettoyou;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Entry point of the Pet-to-You platform API in the {@code prod} profile. Local mode
 * starts from {@code LocalPetToYouApplication} in the test sources, which adds embedded
 * services.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class PetToYouApplication {

	public static void main(String[] args) {
		SpringApplication.run(PetToYouApplication.class, args);
	}

}
