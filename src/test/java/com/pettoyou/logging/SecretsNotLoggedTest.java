package com.pettoyou.logging;

import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.pettoyou.monitoring.alerts.SecurityEventPipeline;
import com.pettoyou.support.ApiClient;
import com.pettoyou.support.IntegrationTest;
import com.pettoyou.support.Outbox;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Plants canary values for a password, an email, a phone number, tokens and a session id,
 * drives them through every identity flow, and checks that neither the logs nor the audit
 * rows contain any of them.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class SecretsNotLoggedTest {

	private static final String PASSWORD = "canary-password-Zq81-wombat";

	private static final String NEW_PASSWORD = "canary-newpass-Xv42-quokka";

	private static final String PHONE = "+82 10 5555 0199";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SecurityEventPipeline pipeline;

	@Test
	void flowsLeaveNoSecretInLogsOrAudit(CapturedOutput output) throws InterruptedException {
		ApiClient api = new ApiClient(port);
		String email = "canary-email-" + System.nanoTime() + "@example.test";

		api.post("/api/v1/auth/register",
				Map.of("email", email, "password", PASSWORD, "name", "Canary", "phone", PHONE));
		String verification = Outbox.latestToken(email, "Verify");
		api.post("/api/v1/auth/verify-email", Map.of("token", verification));
		api.post("/api/v1/auth/login", Map.of("email", email, "password", "canary-wrong-Pw77-koala"));
		String token = api.post("/api/v1/auth/login", Map.of("email", email, "password", PASSWORD))
			.json()
			.get("accessToken")
			.asString();
		api.withToken(token).get("/api/v1/me");
		api.post("/api/v1/auth/password/reset-request", Map.of("email", email));
		String reset = Outbox.latestToken(email, "Reset");
		api.post("/api/v1/auth/password/reset", Map.of("token", reset, "newPassword", NEW_PASSWORD));
		api.withToken(token).get("/api/v1/me");

		List<String> canaries = List.of(PASSWORD, NEW_PASSWORD, "canary-wrong-Pw77-koala", email, PHONE, "5555 0199",
				verification, reset, token, jti(token));
		String audit = String.join("\n",
				jdbc.sql("SELECT details::text || ' ' || coalesce(user_agent, '') FROM audit_event")
					.query(String.class)
					.list());
		assertThat(pipeline.awaitIdle(Duration.ofSeconds(20))).as("security events stored in time").isTrue();
		String monitoring = String.join("\n",
				jdbc.sql("SELECT details::text FROM security_event UNION ALL SELECT message FROM security_alert")
					.query(String.class)
					.list());
		assertThat(output.getAll()).as("the flows were logged").contains("Login succeeded");
		for (String canary : canaries) {
			assertThat(output.getAll()).as("logs").doesNotContain(canary);
			assertThat(audit).as("audit rows").doesNotContain(canary);
			assertThat(monitoring).as("security events and alerts").doesNotContain(canary);
		}
	}

	private static String jti(String token) {
		String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
		return payload.replaceAll(".*\"jti\":\"([^\"]+)\".*", "$1");
	}

}
