package com.pettoyou.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.pettoyou.support.ApiClient;

import static org.assertj.core.api.Assertions.assertThat;

/** CORS with one allowed origin, {@link EdgeIntegrationTest#ALLOWED_ORIGIN}. */
@EdgeIntegrationTest
class AllowedOriginCorsTest {

	@LocalServerPort
	int port;

	ApiClient api;

	@BeforeEach
	void setUp() {
		api = EdgeClients.fromNewAddress(new ApiClient(port));
	}

	@Test
	void allowedOriginIsEchoedExactly() {
		ApiClient.Response response = api.withHeader("Origin", EdgeIntegrationTest.ALLOWED_ORIGIN)
			.get("/actuator/health");

		assertThat(response.header("Access-Control-Allow-Origin")).isEqualTo(EdgeIntegrationTest.ALLOWED_ORIGIN);
		assertThat(response.header("Access-Control-Allow-Credentials")).isEqualTo("true");
	}

	@Test
	void allowedPreflightIsAnswered() {
		ApiClient.Response response = api.withHeader("Origin", EdgeIntegrationTest.ALLOWED_ORIGIN)
			.withHeader("Access-Control-Request-Method", "POST")
			.withHeader("Access-Control-Request-Headers", "content-type,x-csrf-token")
			.send("OPTIONS", "/api/v1/auth/login", null);

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.header("Access-Control-Allow-Origin")).isEqualTo(EdgeIntegrationTest.ALLOWED_ORIGIN);
		assertThat(response.header("Access-Control-Allow-Methods")).contains("POST");
		assertThat(response.header("Access-Control-Allow-Headers")).containsIgnoringCase("x-csrf-token");
		HeaderChecks.assertSecurityHeaders(response);
	}

	@Test
	void evilOriginIsRejected() {
		ApiClient.Response response = api.withHeader("Origin", "https://evil.example").get("/actuator/health");

		HeaderChecks.assertProblem(response, 403, "forbidden");
		assertThat(response.header("Access-Control-Allow-Origin")).isNull();
	}

	@Test
	void evilPreflightIsRejected() {
		ApiClient.Response response = api.withHeader("Origin", "https://app.pettoyou.example.evil.example")
			.withHeader("Access-Control-Request-Method", "POST")
			.send("OPTIONS", "/api/v1/auth/login", null);

		HeaderChecks.assertProblem(response, 403, "forbidden");
		assertThat(response.header("Access-Control-Allow-Origin")).isNull();
		assertThat(response.header("Access-Control-Allow-Methods")).isNull();
	}

	@Test
	void wildcardIsNeverSent() {
		ApiClient.Response response = api.withHeader("Origin", "null").get("/actuator/health");

		assertThat(response.header("Access-Control-Allow-Origin")).isNotEqualTo("*").isNull();
	}

}
