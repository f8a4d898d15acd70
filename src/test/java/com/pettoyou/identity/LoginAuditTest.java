package com.pettoyou.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.pettoyou.support.Accounts;
import com.pettoyou.support.ApiClient;
import com.pettoyou.support.Database;
import com.pettoyou.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Login audit rows record the client address, the User-Agent and the request id of the
 * response.
 */
@IntegrationTest
class LoginAuditTest {

	@LocalServerPort
	int port;

	@Autowired
	Clock clock;

	ApiClient api;

	@BeforeEach
	void setUp() {
		api = new ApiClient(port);
	}

	@Test
	void successRowCarriesRequestData() {
		String email = Accounts.aVerifiedOwner(api);
		Instant before = clock.instant();

		ApiClient.Response login = Accounts.attemptLogin(api, email, Accounts.PASSWORD);

		assertRequestData(login, "LOGIN_SUCCEEDED", before, clock.instant());
	}

	@Test
	void failureRowCarriesRequestData() {
		String email = Accounts.aVerifiedOwner(api);
		Instant before = clock.instant();

		ApiClient.Response login = Accounts.attemptLogin(api, email, "wrong horse battery staple");

		assertRequestData(login, "LOGIN_FAILED", before, clock.instant());
	}

	private static void assertRequestData(ApiClient.Response login, String action, Instant before, Instant after) {
		String requestId = login.header("X-Request-Id");
		assertThat(requestId).isNotBlank();
		List<Database.AuditRow> rows = Database.auditByCorrelationId(requestId);
		assertThat(rows).extracting(Database.AuditRow::action).containsExactly(action);
		Database.AuditRow row = rows.get(0);
		assertThat(row.clientAddress()).isEqualTo("127.0.0.1");
		assertThat(row.userAgent()).isEqualTo("pettoyou-tests/1.0");
		assertThat(row.correlationId()).isEqualTo(requestId);
		// A time written in a local zone but stored as UTC would be off by whole hours.
		assertThat(row.occurredAt()).isBetween(before.minus(Duration.ofSeconds(1)), after.plus(Duration.ofSeconds(1)));
	}

}
