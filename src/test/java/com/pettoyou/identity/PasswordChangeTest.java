package com.pettoyou.identity;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.pettoyou.support.Accounts;
import com.pettoyou.support.ApiClient;
import com.pettoyou.support.Database;
import com.pettoyou.support.IntegrationTest;
import com.pettoyou.support.Outbox;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A password change needs the current password, and a change or reset ends the other
 * sessions and emails the owner.
 */
@IntegrationTest
class PasswordChangeTest {

	private static final String NEW_PASSWORD = "a brand new passphrase";

	@LocalServerPort
	int port;

	ApiClient api;

	@BeforeEach
	void setUp() {
		api = new ApiClient(port);
	}

	@Test
	void changeEndsOtherSessions() {
		String email = Accounts.aVerifiedOwner(api);
		ApiClient other = api.withToken(Accounts.login(api, email, Accounts.PASSWORD));
		ApiClient current = api.withToken(Accounts.login(api, email, Accounts.PASSWORD));

		ApiClient.Response change = current.post("/api/v1/auth/password/change",
				Map.of("currentPassword", Accounts.PASSWORD, "newPassword", NEW_PASSWORD));

		assertThat(change.status()).as(change.toString()).isEqualTo(204);
		assertThat(other.get("/api/v1/me").status()).as("other session").isEqualTo(401);
		assertThat(current.get("/api/v1/me").status()).as("session that changed the password").isEqualTo(200);
		assertThat(Accounts.attemptLogin(api, email, NEW_PASSWORD).status()).as("login with the new password")
			.isEqualTo(200);
	}

	@Test
	void changeSendsMail() {
		String email = Accounts.aVerifiedOwner(api);
		ApiClient owner = api.withToken(Accounts.login(api, email, Accounts.PASSWORD));

		owner.post("/api/v1/auth/password/change",
				Map.of("currentPassword", Accounts.PASSWORD, "newPassword", NEW_PASSWORD));

		assertThat(Outbox.to(email)).anySatisfy((mail) -> assertThat(mail.subject()).contains("password was changed"));
	}

	@Test
	void resetEndsAllSessions() {
		String email = Accounts.aVerifiedOwner(api);
		ApiClient first = api.withToken(Accounts.login(api, email, Accounts.PASSWORD));
		ApiClient second = api.withToken(Accounts.login(api, email, Accounts.PASSWORD));
		api.post("/api/v1/auth/password/reset-request", Map.of("email", email));

		ApiClient.Response reset = api.post("/api/v1/auth/password/reset",
				Map.of("token", Outbox.latestToken(email, "Reset"), "newPassword", NEW_PASSWORD));

		assertThat(reset.status()).as(reset.toString()).isEqualTo(204);
		assertThat(first.get("/api/v1/me").status()).as("first session").isEqualTo(401);
		assertThat(second.get("/api/v1/me").status()).as("second session").isEqualTo(401);
		assertThat(Outbox.to(email)).anySatisfy((mail) -> assertThat(mail.subject()).contains("password was changed"));
	}

	@Test
	void wrongCurrentPasswordRejected() {
		String email = Accounts.aVerifiedOwner(api);
		ApiClient owner = api.withToken(Accounts.login(api, email, Accounts.PASSWORD));
		UUID id = Accounts.accountId(owner);
		String hashBefore = Database.passwordHash(id);

		ApiClient.Response change = owner.post("/api/v1/auth/password/change",
				Map.of("currentPassword", "wrong horse battery staple", "newPassword", NEW_PASSWORD));

		assertThat(change.status()).as(change.toString()).isEqualTo(400);
		assertThat(ProblemBodies.fieldErrorCodes(change, "currentPassword")).containsExactly("invalid_credentials");
		assertThat(Database.passwordHash(id)).isEqualTo(hashBefore);
	}

	@Test
	void missingCurrentPasswordRejected() {
		String email = Accounts.aVerifiedOwner(api);
		ApiClient owner = api.withToken(Accounts.login(api, email, Accounts.PASSWORD));
		UUID id = Accounts.accountId(owner);
		String hashBefore = Database.passwordHash(id);
		Map<String, Object> body = new HashMap<>();
		body.put("newPassword", NEW_PASSWORD);

		ApiClient.Response change = owner.post("/api/v1/auth/password/change", body);

		assertThat(change.status()).as(change.toString()).isEqualTo(400);
		assertThat(Database.passwordHash(id)).isEqualTo(hashBefore);
	}

}
