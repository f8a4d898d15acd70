package com.pettoyou.ratelimit;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

import com.pettoyou.common.SecurityEvent;
import com.pettoyou.support.Accounts;
import com.pettoyou.support.ApiClient;
import com.pettoyou.web.EdgeClients;
import com.pettoyou.web.EdgeIntegrationTest;
import com.pettoyou.web.TestEndpoints.SecurityEventRecorder;

import static org.assertj.core.api.Assertions.assertThat;

@EdgeIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class RateLimitTest {

	static final int GLOBAL = EdgeIntegrationTest.GLOBAL_LIMIT;

	@LocalServerPort
	int port;

	@Autowired
	SecurityEventRecorder securityEvents;

	@Autowired
	LettuceConnectionFactory connectionFactory;

	ApiClient api;

	String address;

	ApiClient client;

	@BeforeEach
	void setUp() {
		api = new ApiClient(port);
		address = EdgeClients.newAddress();
		client = EdgeClients.from(api, address);
	}

	@Test
	void requestOverGlobalLimitIsRejected() {
		for (int i = 1; i <= GLOBAL; i++) {
			ApiClient.Response allowed = client.get("/actuator/health");
			assertThat(allowed.status()).as("request " + i).isEqualTo(200);
			assertThat(allowed.header("RateLimit-Remaining")).as("remaining after " + i)
				.isEqualTo(String.valueOf(GLOBAL - i));
		}

		ApiClient.Response rejected = client.get("/actuator/health");

		assertThat(rejected.status()).isEqualTo(429);
		assertThat(rejected.json().get("code").asString()).isEqualTo("rate_limited");
		assertThat(rejected.header("Content-Type")).startsWith("application/problem+json");
		assertThat(Long.parseLong(rejected.header("Retry-After"))).isBetween(1L, 15L * 60);
		assertThat(rejected.header("RateLimit-Limit")).isEqualTo(String.valueOf(GLOBAL));
		assertThat(rejected.header("RateLimit-Remaining")).isEqualTo("0");
		assertThat(Long.parseLong(rejected.header("RateLimit-Reset"))).isBetween(1L, 15L * 60);
		assertThat(rejected.header("Strict-Transport-Security")).isNotNull();
		assertThat(rejected.header("Content-Security-Policy")).isNotNull();
	}

	@Test
	void otherAddressIsStillAllowed() {
		exhaust(client, "/actuator/health", GLOBAL);

		ApiClient.Response other = EdgeClients.fromNewAddress(api).get("/actuator/health");

		assertThat(other.status()).isEqualTo(200);
	}

	@Test
	void twentyFirstLoginIsRejected() {
		for (int i = 1; i <= 20; i++) {
			ApiClient.Response attempt = login(client);
			assertThat(attempt.status()).as("attempt " + i + ": " + attempt).isEqualTo(401);
		}

		ApiClient.Response rejected = login(client);

		assertThat(rejected.status()).as(rejected.toString()).isEqualTo(429);
		assertThat(rejected.json().get("code").asString()).isEqualTo("rate_limited");
		assertThat(rejected.header("RateLimit-Limit")).isEqualTo("20");
		assertThat(rejected.header("Retry-After")).isNotNull();
	}

	@Test
	void allowedLoginShowsTightestBucket() {
		ApiClient.Response attempt = login(client);

		assertThat(attempt.header("RateLimit-Limit")).isEqualTo("20");
		assertThat(attempt.header("RateLimit-Remaining")).isEqualTo("19");
		assertThat(Long.parseLong(attempt.header("RateLimit-Reset"))).isPositive();
	}

	@Test
	void advancingClockRefillsBucket() {
		exhaust(client, "/api/v1/auth/password/reset-request", 5);
		assertThat(resetRequest(client).status()).as("sixth request").isEqualTo(429);

		ApiClient.Response advanced = client.post("/api/v1/dev/clock", Map.of("advanceSeconds", 3600));
		assertThat(advanced.status()).as(advanced.toString()).isEqualTo(200);

		ApiClient.Response refilled = resetRequest(client);
		assertThat(refilled.status()).as(refilled.toString()).isEqualTo(202);
		assertThat(refilled.header("RateLimit-Remaining")).isEqualTo("4");
	}

	@Test
	void rejectionIsReportedOncePerWindow(CapturedOutput output) {
		exhaust(client, "/actuator/health", GLOBAL);
		for (int i = 0; i < 3; i++) {
			assertThat(client.get("/actuator/health").status()).isEqualTo(429);
		}

		List<SecurityEvent> events = securityEvents.events()
			.stream()
			.filter((event) -> address.equals(event.clientAddress()))
			.toList();
		assertThat(events).hasSize(1);
		assertThat(events.get(0).type()).isEqualTo("RATE_LIMIT_EXCEEDED");
		assertThat(events.get(0).severity()).isEqualTo(SecurityEvent.Severity.WARNING);
		assertThat(events.get(0).details()).containsEntry("policy", "global");
		List<String> logLines = output.getOut()
			.lines()
			.filter((line) -> line.contains("Rate limit exceeded") && line.contains(address))
			.toList();
		assertThat(logLines).hasSize(1);
		assertThat(logLines.get(0)).contains("\"level\":\"INFO\"").contains("\"policy\":\"global\"");
	}

	@Test
	void bucketsSurviveRedisFactoryRestart() {
		assertThat(client.get("/actuator/health").status()).isEqualTo(200);

		connectionFactory.stop();
		connectionFactory.start();

		ApiClient.Response response = client.get("/actuator/health");
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		assertThat(response.header("RateLimit-Remaining")).isEqualTo(String.valueOf(GLOBAL - 2));
	}

	private static void exhaust(ApiClient client, String path, int times) {
		for (int i = 1; i <= times; i++) {
			ApiClient.Response response = path.startsWith("/api/v1/auth/password") ? resetRequest(client)
					: client.get(path);
			assertThat(response.status()).as("request " + i + " to " + path + ": " + response).isLessThan(429);
		}
	}

	private static ApiClient.Response resetRequest(ApiClient client) {
		return client.post("/api/v1/auth/password/reset-request", Map.of("email", Accounts.uniqueEmail()));
	}

	private static ApiClient.Response login(ApiClient client) {
		return client.post("/api/v1/auth/login", Map.of("email", Accounts.uniqueEmail(), "password", "wrong password"));
	}

}
