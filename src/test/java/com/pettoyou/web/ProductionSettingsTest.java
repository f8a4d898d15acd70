package com.pettoyou.web;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import com.pettoyou.common.AdjustableClock;
import com.pettoyou.support.ApiClient;
import com.pettoyou.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The development clock and the API documentation switched off, as in production. */
@IntegrationTest
@TestPropertySource(properties = { "pettoyou.dev.clock-enabled=false", "springdoc.api-docs.enabled=false",
		"springdoc.swagger-ui.enabled=false" })
class ProductionSettingsTest {

	@LocalServerPort
	int port;

	@Autowired
	Clock clock;

	@Test
	void readIsNotFound() {
		ApiClient.Response response = new ApiClient(port).get("/api/v1/dev/clock");

		HeaderChecks.assertProblem(response, 404, "not_found");
		HeaderChecks.assertSecurityHeaders(response);
	}

	@Test
	void advanceIsNotFound() {
		ApiClient.Response response = new ApiClient(port).post("/api/v1/dev/clock", Map.of("advanceSeconds", 60));

		HeaderChecks.assertProblem(response, 404, "not_found");
	}

	@Test
	void apiDocsAreNotPublic() {
		ApiClient api = new ApiClient(port);

		for (String path : List.of("/v3/api-docs", "/v3/api-docs/swagger-config", "/swagger-ui/index.html",
				"/swagger-ui.html")) {
			assertThat(api.get(path).status()).as(path).isEqualTo(401);
		}
	}

	@Test
	void actuatorBeyondHealthIsNotPublic() {
		ApiClient api = new ApiClient(port);

		for (String path : List.of("/actuator", "/actuator/prometheus", "/actuator/info", "/actuator/env")) {
			assertThat(api.get(path).status()).as(path).isEqualTo(401);
		}
		assertThat(api.get("/actuator/health/liveness").status()).isEqualTo(200);
	}

	@Test
	void clockIsNotAdjustable() {
		assertThat(clock).isNotInstanceOf(AdjustableClock.class);
	}

}
