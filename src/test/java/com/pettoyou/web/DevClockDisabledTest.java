package com.pettoyou.web;

import java.time.Clock;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import com.pettoyou.common.AdjustableClock;
import com.pettoyou.support.ApiClient;
import com.pettoyou.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The development clock switched off, as in production. */
@IntegrationTest
@TestPropertySource(properties = "pettoyou.dev.clock-enabled=false")
class DevClockDisabledTest {

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
	void clockIsNotAdjustable() {
		assertThat(clock).isNotInstanceOf(AdjustableClock.class);
	}

}
