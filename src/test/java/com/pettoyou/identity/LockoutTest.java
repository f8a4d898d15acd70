package com.pettoyou.identity;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.pettoyou.common.AdjustableClock;
import com.pettoyou.support.Accounts;
import com.pettoyou.support.ApiClient;
import com.pettoyou.support.Database;
import com.pettoyou.support.IntegrationTest;
import com.pettoyou.support.Outbox;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The per-email lockout: five failures lock logins for 15 minutes, a repeat lock within a
 * day lasts twice as long, the password is not checked while locked, and recovery by
 * password reset still works.
 */
@IntegrationTest
class LockoutTest {

	private static final String WRONG = "wrong horse battery staple";

	@LocalServerPort
	int port;

	@Autowired
	AdjustableClock clock;

	@Autowired
	MeterRegistry meters;

	ApiClient api;

	VerificationCounter verifications;

	@BeforeEach
	void setUp() {
		api = new ApiClient(port);
		verifications = new VerificationCounter(meters);
	}

	@Test
	void fiveFailuresLock() {
		String email = Accounts.aVerifiedOwner(api);
		for (int i = 1; i <= 5; i++) {
			ApiClient.Response failure = Accounts.attemptLogin(api, email, WRONG);
			assertThat(ProblemBodies.code(failure)).as("failure %d", i).isEqualTo("invalid_credentials");
		}
		long before = verifications.count();

		ApiClient.Response locked = Accounts.attemptLogin(api, email, Accounts.PASSWORD);

		assertThat(locked.status()).as(locked.toString()).isEqualTo(401);
		assertThat(ProblemBodies.code(locked)).isEqualTo("account_locked");
		assertThat(locked.json().get("detail").asString()).contains("locked");
		assertThat(verifications.count() - before).as("password verifications while locked").isZero();
	}

	@Test
	void lockIsAuditedAndMailed() {
		String email = Accounts.aVerifiedOwner(api);
		UUID id = Accounts.accountId(api.withToken(Accounts.login(api, email, Accounts.PASSWORD)));

		failFiveTimes(email);

		assertThat(Database.auditByActionAndResource("ACCOUNT_LOCKED", id.toString())).hasSize(1);
		assertThat(Outbox.to(email)).anySatisfy((mail) -> assertThat(mail.subject()).contains("paused"));
	}

	@Test
	void firstLockLastsFifteenMinutes() {
		String email = Accounts.aVerifiedOwner(api);
		failFiveTimes(email);

		clock.advance(Duration.ofMinutes(14));
		ApiClient.Response stillLocked = Accounts.attemptLogin(api, email, Accounts.PASSWORD);
		clock.advance(Duration.ofMinutes(1).plusSeconds(1));
		ApiClient.Response lifted = Accounts.attemptLogin(api, email, Accounts.PASSWORD);

		assertThat(ProblemBodies.code(stillLocked)).as("after 14 minutes").isEqualTo("account_locked");
		assertThat(lifted.status()).as("after 15 minutes and 1 second: " + lifted).isEqualTo(200);
	}

	@Test
	void secondLockLastsThirtyMinutes() {
		String email = Accounts.aVerifiedOwner(api);
		failFiveTimes(email);
		clock.advance(Duration.ofMinutes(15).plusSeconds(1));
		failFiveTimes(email);

		clock.advance(Duration.ofMinutes(15).plusSeconds(1));
		ApiClient.Response stillLocked = Accounts.attemptLogin(api, email, Accounts.PASSWORD);
		clock.advance(Duration.ofMinutes(15));
		ApiClient.Response lifted = Accounts.attemptLogin(api, email, Accounts.PASSWORD);

		assertThat(ProblemBodies.code(stillLocked)).as("15 minutes into the second lock").isEqualTo("account_locked");
		assertThat(lifted.status()).as("30 minutes into the second lock: " + lifted).isEqualTo(200);
	}

	@Test
	void successResetsCounter() {
		String email = Accounts.aVerifiedOwner(api);
		failTimes(email, 4);
		Accounts.login(api, email, Accounts.PASSWORD);
		failTimes(email, 4);

		ApiClient.Response login = Accounts.attemptLogin(api, email, Accounts.PASSWORD);

		assertThat(login.status()).as(login.toString()).isEqualTo(200);
	}

	@Test
	void unknownEmailLocksAlike() {
		String known = Accounts.aVerifiedOwner(api);
		String unknown = Accounts.uniqueEmail();
		failFiveTimes(known);
		failFiveTimes(unknown);

		ApiClient.Response knownLocked = Accounts.attemptLogin(api, known, Accounts.PASSWORD);
		ApiClient.Response unknownLocked = Accounts.attemptLogin(api, unknown, Accounts.PASSWORD);

		assertThat(unknownLocked.status()).isEqualTo(knownLocked.status());
		assertThat(ProblemBodies.withoutCorrelationId(unknownLocked))
			.isEqualTo(ProblemBodies.withoutCorrelationId(knownLocked));
		assertThat(ProblemBodies.code(unknownLocked)).isEqualTo("account_locked");
	}

	@Test
	void emailVariantsShareLock() {
		String email = Accounts.aVerifiedOwner(api);
		failTimes(email.toUpperCase(), 2);
		failTimes(capitalized(email), 1);
		failTimes(fullwidth(email), 2);

		ApiClient.Response login = Accounts.attemptLogin(api, email, Accounts.PASSWORD);

		assertThat(ProblemBodies.code(login)).as(login.toString()).isEqualTo("account_locked");
	}

	@Test
	void parallelFailuresBounded() throws Exception {
		String email = Accounts.aVerifiedOwner(api);
		long before = verifications.count();

		List<Integer> statuses = sendParallelFailures(email, 20);

		assertThat(statuses).containsOnly(401);
		assertThat(verifications.count() - before).as("password verifications for 20 parallel failures")
			.isLessThanOrEqualTo(6);
		ApiClient.Response login = Accounts.attemptLogin(api, email, Accounts.PASSWORD);
		assertThat(ProblemBodies.code(login)).as(login.toString()).isEqualTo("account_locked");
	}

	@Test
	void passwordChangeSharesCounter() {
		String email = Accounts.aVerifiedOwner(api);
		ApiClient owner = api.withToken(Accounts.login(api, email, Accounts.PASSWORD));
		failTimes(email, 3);
		for (int i = 0; i < 2; i++) {
			ApiClient.Response change = owner.post("/api/v1/auth/password/change",
					Map.of("currentPassword", WRONG, "newPassword", "a brand new passphrase"));
			assertThat(change.status()).as(change.toString()).isEqualTo(400);
		}

		ApiClient.Response login = Accounts.attemptLogin(api, email, Accounts.PASSWORD);

		assertThat(ProblemBodies.code(login)).as(login.toString()).isEqualTo("account_locked");
	}

	@Test
	void resetWorksWhileLocked() {
		String email = Accounts.aVerifiedOwner(api);
		failFiveTimes(email);

		ApiClient.Response request = api.post("/api/v1/auth/password/reset-request", Map.of("email", email));
		assertThat(request.status()).as(request.toString()).isEqualTo(202);
		String token = Outbox.latestToken(email, "Reset");
		ApiClient.Response reset = api.post("/api/v1/auth/password/reset",
				Map.of("token", token, "newPassword", "a brand new passphrase"));
		assertThat(reset.status()).as(reset.toString()).isEqualTo(204);

		ApiClient.Response login = Accounts.attemptLogin(api, email, "a brand new passphrase");
		assertThat(login.status()).as("login after the reset: " + login).isEqualTo(200);
	}

	private void failFiveTimes(String email) {
		failTimes(email, 5);
	}

	private void failTimes(String email, int times) {
		for (int i = 0; i < times; i++) {
			ApiClient.Response failure = Accounts.attemptLogin(api, email, WRONG);
			assertThat(failure.status()).as(failure.toString()).isEqualTo(401);
		}
	}

	private List<Integer> sendParallelFailures(String email, int count) throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Integer>> results = new ArrayList<>();
		try (ExecutorService pool = Executors.newFixedThreadPool(count)) {
			for (int i = 0; i < count; i++) {
				results.add(pool.submit(() -> {
					start.await();
					return Accounts.attemptLogin(api, email, WRONG).status();
				}));
			}
			start.countDown();
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> result : results) {
				statuses.add(result.get());
			}
			return statuses;
		}
	}

	private static String capitalized(String email) {
		return Character.toUpperCase(email.charAt(0)) + email.substring(1, email.indexOf('@') + 1)
				+ Character.toUpperCase(email.charAt(email.indexOf('@') + 1)) + email.substring(email.indexOf('@') + 2);
	}

	/**
	 * Returns the address in fullwidth forms (U+FF01 to U+FF5E), which NFKC maps back.
	 */
	private static String fullwidth(String email) {
		StringBuilder wide = new StringBuilder();
		for (char c : email.toCharArray()) {
			wide.append((c >= '!' && c <= '~') ? (char) (c - '!' + '\uFF01') : c);
		}
		return wide.toString();
	}

}
