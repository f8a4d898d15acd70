package com.pettoyou.monitoring.console;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import com.pettoyou.support.Accounts;
import com.pettoyou.support.ApiClient;
import com.pettoyou.support.Database;
import com.pettoyou.web.EdgeClients;
import com.pettoyou.web.EdgeIntegrationTest;

import static com.pettoyou.monitoring.console.ConsoleFixtures.form;
import static com.pettoyou.monitoring.console.ConsoleFixtures.sameOriginForms;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console's sign-in goes through the identity login: it shares the login rate limit
 * with {@code POST /api/v1/auth/login} and leaves the same audit events. Each test signs
 * in from its own client address.
 */
@EdgeIntegrationTest
class ConsoleSignInLimitsTest {

	/** The login policy's capacity under {@link EdgeIntegrationTest}. */
	static final int LOGIN_LIMIT = 20;

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Test
	void signInSharesLoginRateLimit() {
		ApiClient client = EdgeClients.fromNewAddress(new ApiClient(port));
		for (int i = 1; i <= LOGIN_LIMIT; i++) {
			ApiClient.Response response = Accounts.attemptLogin(client, Accounts.uniqueEmail(), "wrong password");
			assertThat(response.status()).as("login " + i + ": " + response).isEqualTo(401);
		}

		ApiClient.Response response = sameOriginForms(client).post("/console/sign-in",
				form(Map.of("email", Accounts.uniqueEmail(), "password", "wrong password")));

		assertThat(response.status()).as(response.toString()).isEqualTo(429);
		assertThat(response.header("Retry-After")).isNotNull();
	}

	@Test
	void signInIsAudited() {
		ApiClient client = EdgeClients.fromNewAddress(new ApiClient(port));
		String email = ConsoleFixtures.anAuditor(context, client);

		ApiClient.Response failed = sameOriginForms(client).post("/console/sign-in",
				form(Map.of("email", email, "password", "not the auditor password")));
		ApiClient.Response succeeded = sameOriginForms(client).post("/console/sign-in",
				form(Map.of("email", email, "password", ConsoleFixtures.AUDITOR_PASSWORD)));

		List<Database.AuditRow> failure = Database.auditByCorrelationId(failed.header("X-Request-Id"));
		List<Database.AuditRow> success = Database.auditByCorrelationId(succeeded.header("X-Request-Id"));
		assertThat(failed.status()).isEqualTo(401);
		assertThat(failure).extracting(Database.AuditRow::action).containsExactly("LOGIN_FAILED");
		assertThat(failure.getFirst().details()).contains("bad_credentials");
		assertThat(succeeded.status()).isEqualTo(303);
		assertThat(success).extracting(Database.AuditRow::action).containsExactly("LOGIN_SUCCEEDED");
		assertThat(success.getFirst().actorRole()).isEqualTo("SECURITY_AUDITOR");
		assertThat(success.getFirst().details()).contains("WEB");
	}

}
