package com.pettoyou;

import java.util.Arrays;
import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
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
		SpringApplication application = new SpringApplication(PetToYouApplication.class);
		application.setWebApplicationType(webApplicationType(args));
		application.run(args);
	}

	/**
	 * Returns no web server for a one-off command, {@code create-admin} or
	 * {@code import-hospitals}, so the command neither serves the API nor needs the port
	 * of a running instance.
	 */
	public static WebApplicationType webApplicationType(String[] args) {
		List<String> arguments = Arrays.asList(args);
		boolean command = arguments.contains("create-admin") || arguments.contains("import-hospitals");
		return command ? WebApplicationType.NONE : WebApplicationType.SERVLET;
	}

}
