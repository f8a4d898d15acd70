package com.pettoyou.web;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.pettoyou.support.Accounts;
import com.pettoyou.support.ApiClient;
import com.pettoyou.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class SecurityHeadersTest {

	@LocalServerPort
	int port;

	ApiClient api;

	@BeforeEach
	void setUp() {
		api = new ApiClient(port);
	}

	@Test
	void successCarriesHeaders() {
		ApiClient.Response response = api.withToken(ownerToken()).get("/api/v1/me");

		assertThat(response.status()).isEqualTo(200);
		HeaderChecks.assertSecurityHeaders(response);
	}

	@Test
	void unauthorizedCarriesHeaders() {
		ApiClient.Response response = api.get("/api/v1/me");

		assertThat(response.status()).isEqualTo(401);
		HeaderChecks.assertProblem(response, 401, "unauthorized");
		HeaderChecks.assertSecurityHeaders(response);
	}

	@Test
	void forbiddenCarriesHeaders() {
		ApiClient.Response response = api.withToken(ownerToken()).get("/actuator/prometheus");

		assertThat(response.status()).isEqualTo(403);
		HeaderChecks.assertProblem(response, 403, "forbidden");
		HeaderChecks.assertSecurityHeaders(response);
	}

	@Test
	void notFoundCarriesHeaders() {
		ApiClient.Response response = api.withToken(ownerToken()).get("/api/v1/no-such-route");

		HeaderChecks.assertProblem(response, 404, "not_found");
		HeaderChecks.assertSecurityHeaders(response);
	}

	@Test
	void methodNotAllowedCarriesHeaders() {
		ApiClient.Response response = api.withToken(ownerToken()).send("PUT", "/api/v1/me", Map.of());

		HeaderChecks.assertProblem(response, 405, "method_not_allowed");
		HeaderChecks.assertSecurityHeaders(response);
	}

	@Test
	void payloadTooLargeCarriesHeaders() {
		String body = "{\"email\":\"" + "a".repeat(1024 * 1024) + "\"}";

		ApiClient.Response response = api.post("/api/v1/auth/login", body);

		HeaderChecks.assertProblem(response, 413, "payload_too_large");
		HeaderChecks.assertSecurityHeaders(response);
	}

	@Test
	void unsupportedMediaTypeCarriesHeaders() {
		ApiClient.Response response = api.withHeader("Content-Type", "text/plain")
			.post("/api/v1/auth/login", "{\"email\":\"a@example.test\",\"password\":\"x\"}");

		HeaderChecks.assertProblem(response, 415, "unsupported_media_type");
		HeaderChecks.assertSecurityHeaders(response);
	}

	@Test
	void healthIsPublicWithHeaders() {
		ApiClient.Response response = api.get("/actuator/health");

		assertThat(response.status()).isEqualTo(200);
		HeaderChecks.assertSecurityHeaders(response);
	}

	private String ownerToken() {
		return Accounts.login(api, Accounts.aVerifiedOwner(api), Accounts.PASSWORD);
	}

}
