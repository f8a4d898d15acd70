package com.pettoyou.support;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Fixtures that create accounts through the public API, as a real client would. */
public final class Accounts {

	public static final String PASSWORD = "correct horse battery staple";

	private Accounts() {
	}

	/** Returns a fresh, unique email address on a reserved test domain. */
	public static String uniqueEmail() {
		return "owner-" + UUID.randomUUID().toString().substring(0, 12) + "@example.test";
	}

	/** Registers an owner, verifies the email from the outbox and returns its address. */
	public static String aVerifiedOwner(ApiClient api) {
		return aVerifiedOwner(api, uniqueEmail(), PASSWORD);
	}

	/**
	 * Registers an owner with this email and password, verifies the email from the outbox
	 * and returns the address.
	 */
	public static String aVerifiedOwner(ApiClient api, String email, String password) {
		ApiClient.Response registered = api.post("/api/v1/auth/register",
				Map.of("email", email, "password", password, "name", "Test Owner"));
		assertThat(registered.status()).as(registered.toString()).isEqualTo(202);
		String token = Outbox.latestToken(email, "Verify");
		assertThat(api.post("/api/v1/auth/verify-email", Map.of("token", token)).status()).isEqualTo(204);
		return email;
	}

	/** Logs in as a mobile client and returns the access token. */
	public static String login(ApiClient api, String email, String password) {
		ApiClient.Response response = attemptLogin(api, email, password);
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		return response.json().get("accessToken").asString();
	}

	/** Sends a mobile login and returns the response, whatever its status. */
	public static ApiClient.Response attemptLogin(ApiClient api, String email, String password) {
		return api.post("/api/v1/auth/login", Map.of("email", email, "password", password));
	}

	/** Returns the id of the account that this client's token belongs to. */
	public static UUID accountId(ApiClient signedIn) {
		ApiClient.Response me = signedIn.get("/api/v1/me");
		assertThat(me.status()).as(me.toString()).isEqualTo(200);
		return UUID.fromString(me.json().get("id").asString());
	}

}
