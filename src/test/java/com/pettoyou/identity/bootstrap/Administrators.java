package com.pettoyou.identity.bootstrap;

import java.util.UUID;

import org.springframework.context.ApplicationContext;

import com.pettoyou.support.Accounts;
import com.pettoyou.support.ApiClient;

/**
 * Creates platform administrators for tests through the same service that the
 * {@code create-admin} command uses, because the API has no route that makes one.
 */
public final class Administrators {

	/** The password of administrators made by {@link #aSignedInAdministrator}. */
	public static final String PASSWORD = "administrator passphrase for tests";

	private Administrators() {
	}

	/**
	 * Creates an active administrator with a permanent password and a unique email.
	 * @return the email address
	 */
	public static String anAdministrator(ApplicationContext context) {
		String email = "admin-" + UUID.randomUUID().toString().substring(0, 12) + "@example.test";
		context.getBean(FirstAdministrator.class).create(email, "Test Administrator", PASSWORD, false);
		return email;
	}

	/**
	 * Creates an administrator whose password is a one-time password, so its sessions
	 * have no permission until the password is changed.
	 * @return the email address
	 */
	public static String anAdministratorWithOneTimePassword(ApplicationContext context) {
		String email = "admin-" + UUID.randomUUID().toString().substring(0, 12) + "@example.test";
		context.getBean(FirstAdministrator.class).create(email, "Test Administrator", PASSWORD, true);
		return email;
	}

	/** Creates an administrator, logs in and returns a client that sends its token. */
	public static ApiClient aSignedInAdministrator(ApplicationContext context, ApiClient api) {
		String email = anAdministrator(context);
		return api.withToken(Accounts.login(api, email, PASSWORD));
	}

}
