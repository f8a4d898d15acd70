package com.pettoyou.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;

import com.pettoyou.common.AdjustableClock;
import com.pettoyou.support.Accounts;
import com.pettoyou.support.ApiClient;
import com.pettoyou.support.Database;
import com.pettoyou.support.IntegrationTest;
import com.pettoyou.support.Outbox;
import com.pettoyou.support.RawHttp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Password reset tokens: random, stored only as a hash, single use, short-lived, and
 * mailed in links whose host comes from configuration.
 */
@IntegrationTest
class PasswordResetTest {

	private static final String NEW_PASSWORD = "a brand new passphrase";

	@LocalServerPort
	int port;

	@Autowired
	AdjustableClock clock;

	@Autowired
	Environment environment;

	ApiClient api;

	@BeforeEach
	void setUp() {
		api = new ApiClient(port);
	}

	@Test
	void tokenHasAtLeast128Bits() {
		String token = requestResetToken(Accounts.aVerifiedOwner(api));

		assertThat(Base64.getUrlDecoder().decode(token).length * 8).isGreaterThanOrEqualTo(128);
	}

	@Test
	void tokenStoredOnlyAsSha256() {
		String email = Accounts.aVerifiedOwner(api);
		UUID id = Accounts.accountId(api.withToken(Accounts.login(api, email, Accounts.PASSWORD)));
		String token = requestResetToken(email);

		List<byte[]> stored = Database.jdbc()
			.sql("SELECT token_hash FROM account_token WHERE account_id = :id AND purpose = 'PASSWORD_RESET'")
			.param("id", id)
			.query(byte[].class)
			.list();

		assertThat(stored).hasSize(1);
		assertThat(stored.get(0)).isNotEqualTo(Base64.getUrlDecoder().decode(token));
		assertThat(stored.get(0)).isNotEqualTo(token.getBytes(StandardCharsets.UTF_8));
		assertThat(stored.get(0)).isEqualTo(sha256(token));
	}

	@Test
	void tokenWorksOnce() {
		String token = requestResetToken(Accounts.aVerifiedOwner(api));

		ApiClient.Response first = reset(token, NEW_PASSWORD);
		ApiClient.Response second = reset(token, "another new passphrase");

		assertThat(first.status()).as(first.toString()).isEqualTo(204);
		assertThat(second.status()).as(second.toString()).isEqualTo(400);
		assertThat(ProblemBodies.code(second)).isEqualTo("invalid_token");
	}

	@Test
	void newerTokenRetiresOlder() {
		String email = Accounts.aVerifiedOwner(api);
		String older = requestResetToken(email);
		String newer = requestResetToken(email);

		ApiClient.Response withOlder = reset(older, NEW_PASSWORD);
		ApiClient.Response withNewer = reset(newer, NEW_PASSWORD);

		assertThat(withOlder.status()).as(withOlder.toString()).isEqualTo(400);
		assertThat(withNewer.status()).as(withNewer.toString()).isEqualTo(204);
	}

	@Test
	void verificationTokenCannotReset() {
		String email = Accounts.uniqueEmail();
		api.post("/api/v1/auth/register", Map.of("email", email, "password", Accounts.PASSWORD, "name", "Test Owner"));

		ApiClient.Response response = reset(Outbox.latestToken(email, "Verify"), NEW_PASSWORD);

		assertThat(response.status()).as(response.toString()).isEqualTo(400);
		assertThat(ProblemBodies.code(response)).isEqualTo("invalid_token");
	}

	@Test
	void tokenWorksWithin30Minutes() {
		String token = requestResetToken(Accounts.aVerifiedOwner(api));

		clock.advance(Duration.ofMinutes(29));

		assertThat(reset(token, NEW_PASSWORD).status()).isEqualTo(204);
	}

	@Test
	void tokenExpiresAfter30Minutes() {
		String token = requestResetToken(Accounts.aVerifiedOwner(api));

		clock.advance(Duration.ofMinutes(30).plusSeconds(1));
		ApiClient.Response response = reset(token, NEW_PASSWORD);

		assertThat(response.status()).as(response.toString()).isEqualTo(400);
		assertThat(ProblemBodies.code(response)).isEqualTo("invalid_token");
	}

	@Test
	void forgedHostIgnoredInLink() {
		String email = Accounts.aVerifiedOwner(api);
		String baseUrl = environment.getRequiredProperty("pettoyou.links.base-url");

		int status = RawHttp.postJson(port, "/api/v1/auth/password/reset-request",
				Map.of("Host", "evil.example", "X-Forwarded-Host", "evil.example", "User-Agent", "pettoyou-tests/1.0"),
				"{\"email\":\"" + email + "\"}");

		assertThat(status).isEqualTo(202);
		Outbox.Mail mail = latestResetMail(email);
		assertThat(mail.body()).contains(baseUrl + "/reset-password#token=");
		assertThat(mail.body()).doesNotContain("evil.example");
	}

	@Test
	void forwardedHostIgnoredInLink() {
		String email = Accounts.aVerifiedOwner(api);
		String baseUrl = environment.getRequiredProperty("pettoyou.links.base-url");

		ApiClient.Response response = api.withHeader("X-Forwarded-Host", "evil.example")
			.withHeader("X-Forwarded-Proto", "https")
			.post("/api/v1/auth/password/reset-request", Map.of("email", email));

		assertThat(response.status()).isEqualTo(202);
		Outbox.Mail mail = latestResetMail(email);
		assertThat(mail.body()).contains(baseUrl + "/reset-password#token=");
		assertThat(mail.body()).doesNotContain("evil.example");
	}

	private String requestResetToken(String email) {
		ApiClient.Response response = api.post("/api/v1/auth/password/reset-request", Map.of("email", email));
		assertThat(response.status()).as(response.toString()).isEqualTo(202);
		return Outbox.latestToken(email, "Reset");
	}

	private ApiClient.Response reset(String token, String newPassword) {
		return api.post("/api/v1/auth/password/reset", Map.of("token", token, "newPassword", newPassword));
	}

	private static Outbox.Mail latestResetMail(String email) {
		List<Outbox.Mail> mails = Outbox.to(email).stream().filter((mail) -> mail.subject().contains("Reset")).toList();
		assertThat(mails).as("reset mails").isNotEmpty();
		return mails.get(mails.size() - 1);
	}

	private static byte[] sha256(String token) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
