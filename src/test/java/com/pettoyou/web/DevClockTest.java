package com.pettoyou.web;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.pettoyou.support.ApiClient;
import com.pettoyou.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The development clock while it is on, as in local mode; it is never moved here. */
@IntegrationTest
class DevClockTest {

	@LocalServerPort
	int port;

	@Test
	void clockIsPublicInLocalMode() {
		ApiClient.Response response = new ApiClient(port).get("/api/v1/dev/clock");

		assertThat(response.status()).isEqualTo(200);
		Instant now = Instant.parse(response.json().get("now").asString());
		long offsetSeconds = response.json().get("offsetSeconds").asLong();
		Instant systemNow = now.minusSeconds(offsetSeconds);
		assertThat(Duration.between(systemNow, Instant.now()).abs()).isLessThan(Duration.ofSeconds(60));
		HeaderChecks.assertSecurityHeaders(response);
	}

	@Test
	void zeroAdvanceIsAccepted() {
		ApiClient.Response response = new ApiClient(port).post("/api/v1/dev/clock", Map.of("advanceSeconds", 0));

		assertThat(response.status()).isEqualTo(200);
	}

	@Test
	void advanceOverOneYearIsRejected() {
		ApiClient.Response response = new ApiClient(port).post("/api/v1/dev/clock",
				Map.of("advanceSeconds", 31_536_001));

		HeaderChecks.assertProblem(response, 400, "validation_failed");
	}

}
