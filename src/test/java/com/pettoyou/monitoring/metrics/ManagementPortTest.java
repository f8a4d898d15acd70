package com.pettoyou.monitoring.metrics;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;

import com.pettoyou.support.ApiClient;
import com.pettoyou.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Actuator endpoints moved to their own port bound to the loopback address: the API port
 * stops serving them, and a local scraper reads metrics there without a token.
 */
@IntegrationTest
@TestPropertySource(properties = { "management.server.port=0", "management.server.address=127.0.0.1" })
class ManagementPortTest {

	@LocalServerPort
	int port;

	@LocalManagementPort
	int managementPort;

	@Autowired
	ApplicationContext context;

	ApiClient api;

	ApiClient management;

	@BeforeEach
	void setUp() {
		api = new ApiClient(port);
		management = api.on(managementPort);
	}

	@Test
	void apiPortNoLongerServesMetrics() {
		ApiClient auditor = Auditors.aSignedInAuditor(context, api);

		ApiClient.Response anonymous = api.get("/actuator/prometheus");
		ApiClient.Response signedIn = auditor.get("/actuator/prometheus");

		assertThat(managementPort).isNotEqualTo(port);
		assertThat(anonymous.status()).as("anonymous").isEqualTo(401);
		assertThat(signedIn.status()).as("auditor").isEqualTo(404);
	}

	@Test
	void loopbackScrapeNeedsNoToken() {
		ApiClient.Response scraped = management.get("/actuator/prometheus");
		ApiClient.Response health = management.get("/actuator/health");

		assertThat(scraped.status()).as(scraped.toString()).isEqualTo(200);
		assertThat(scraped.body()).contains("pettoyou_security_login_failures_total", "pettoyou_sessions_live");
		assertThat(health.status()).isEqualTo(200);
	}

	@Test
	void otherManagementRequestsAreRefused() {
		assertThat(management.get("/actuator").status()).as("GET /actuator").isEqualTo(403);
		assertThat(management.post("/actuator/prometheus", Map.of()).status()).as("POST /actuator/prometheus")
			.isEqualTo(403);
	}

}
