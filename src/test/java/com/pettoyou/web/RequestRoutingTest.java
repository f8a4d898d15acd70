package com.pettoyou.web;

import java.util.List;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.pettoyou.support.ApiClient;
import com.pettoyou.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class RequestRoutingTest {

	/** Variants of a protected path that must never reach it without credentials. */
	static final List<String> PATH_VARIANTS = List.of("/api/v1/me/", "//api/v1/me", "/api/v1//me",
			"/api/v1/%2e%2e/v1/me", "/api/v1/me;x=1", "/api/v1/me%0a", "/api/v1/me%0d", "/api/v1/me%00",
			"/api/v1/..;/v1/me", "/API/V1/ME", "/api/v1%2fme", "/api/v1/me%2f", "/api/v1/me/.", "/api/v1/me%e2%80%a8");

	/** The variants that Spring Security's firewall rejects outright. */
	static final List<String> FIREWALL_REJECTED = List.of("//api/v1/me", "/api/v1/%2e%2e/v1/me", "/api/v1/me;x=1",
			"/api/v1/me%0a", "/api/v1/me%00", "/api/v1/..;/v1/me", "/api/v1%2fme");

	@LocalServerPort
	int port;

	ApiClient api;

	@BeforeEach
	void setUp() {
		api = new ApiClient(port);
	}

	@Test
	void pathVariantsNeverSucceed() {
		SoftAssertions softly = new SoftAssertions();
		for (String path : PATH_VARIANTS) {
			ApiClient.Response response = api.get(path);

			softly.assertThat(response.status()).as(path + " -> " + response).isIn(400, 401, 403, 404);
			softly.assertThat(response.header("Strict-Transport-Security")).as(path + " HSTS").isNotNull();
			softly.assertThat(response.header("Content-Type"))
				.as(path + " content type")
				.startsWith("application/problem+json");
		}
		softly.assertAll();
	}

	@Test
	void firewallRejectionsAreProblems() {
		SoftAssertions softly = new SoftAssertions();
		for (String path : FIREWALL_REJECTED) {
			ApiClient.Response response = api.get(path);

			softly.assertThat(response.status()).as(path + " -> " + response).isEqualTo(400);
			softly.assertThat(response.header("Content-Type"))
				.as(path + " content type")
				.startsWith("application/problem+json");
			softly.assertThat(response.header("Strict-Transport-Security")).as(path + " HSTS").isNotNull();
		}
		softly.assertAll();
	}

	@Test
	void traceIsMethodNotAllowed() {
		ApiClient.Response response = api.send("TRACE", "/api/v1/me", null);

		HeaderChecks.assertProblem(response, 405, "method_not_allowed");
		HeaderChecks.assertSecurityHeaders(response);
		assertThat(response.body()).doesNotContain("User-Agent");
	}

	@Test
	void unknownMethodIsMethodNotAllowed() {
		for (String method : List.of("PROPFIND", "FOO", "TRACK")) {
			ApiClient.Response response = api.send(method, "/api/v1/me", null);

			HeaderChecks.assertProblem(response, 405, "method_not_allowed");
		}
	}

	@Test
	void plainOptionsIsNotPreflight() {
		ApiClient.Response response = api.send("OPTIONS", "/api/v1/me", null);

		HeaderChecks.assertProblem(response, 405, "method_not_allowed");
		assertThat(response.header("Allow")).isNull();
		assertThat(response.header("Access-Control-Allow-Methods")).isNull();
	}

	@Test
	void optionsOnPublicRouteIsNotPreflight() {
		ApiClient.Response response = api.send("OPTIONS", "/api/v1/auth/login", null);

		assertThat(response.status()).isEqualTo(405);
		assertThat(response.header("Allow")).isNull();
	}

	@Test
	void unknownRouteNeedsAuthentication() {
		ApiClient.Response response = api.get("/api/v1/unknown");

		HeaderChecks.assertProblem(response, 401, "unauthorized");
	}

}
