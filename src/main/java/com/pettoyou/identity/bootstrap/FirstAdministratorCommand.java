package com.pettoyou.identity.bootstrap;

import java.io.PrintStream;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Creates the first platform administrator when the application starts with the argument
 * {@code create-admin}, then stops the application. There is no default account or
 * password: the email comes from {@code --email=} or {@code PETTOYOU_ADMIN_EMAIL}, and
 * the password from {@code PETTOYOU_ADMIN_PASSWORD} for unattended scripts, or else is
 * generated and printed once to standard output as a one-time password that must be
 * changed at the first login.
 */
@Component
class FirstAdministratorCommand implements ApplicationRunner {

	static final String COMMAND = "create-admin";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final FirstAdministrator administrators;

	private final Environment environment;

	private final ApplicationContext context;

	FirstAdministratorCommand(FirstAdministrator administrators, Environment environment, ApplicationContext context) {
		this.administrators = administrators;
		this.environment = environment;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		if (!arguments.getNonOptionArgs().contains(COMMAND)) {
			return;
		}
		int exitCode = execute(arguments, System.out);
		System.exit(SpringApplication.exit(context, (ExitCodeGenerator) () -> exitCode));
	}

	/**
	 * Creates the administrator and writes the outcome, and a generated one-time
	 * password, to {@code out}.
	 * @return the process exit code: 0 on success, 1 when creation failed, 2 without an
	 * email
	 */
	int execute(ApplicationArguments arguments, PrintStream out) {
		String email = option(arguments, "email", "PETTOYOU_ADMIN_EMAIL");
		String name = option(arguments, "name", "PETTOYOU_ADMIN_NAME");
		String password = environment.getProperty("PETTOYOU_ADMIN_PASSWORD");
		if (email == null || email.isBlank()) {
			out.println("create-admin failed: give the email with --email=ADDRESS or PETTOYOU_ADMIN_EMAIL.");
			return 2;
		}
		boolean generated = (password == null || password.isEmpty());
		String chosen = generated ? oneTimePassword() : password;
		try {
			administrators.create(email, (name != null) ? name : "Platform administrator", chosen, generated);
		}
		catch (FirstAdministrator.CreationFailedException ex) {
			out.println("create-admin failed: " + ex.getMessage());
			return 1;
		}
		out.println("Created the platform administrator.");
		if (generated) {
			out.println("One-time password (shown only now; it must be changed at the first login): " + chosen);
		}
		return 0;
	}

	private String option(ApplicationArguments arguments, String name, String variable) {
		List<String> values = arguments.getOptionValues(name);
		return (values != null && !values.isEmpty()) ? values.get(0) : environment.getProperty(variable);
	}

	private static String oneTimePassword() {
		byte[] bytes = new byte[18];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
