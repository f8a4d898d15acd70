package com.pettoyou.monitoring.metrics;

import java.util.Map;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.pettoyou.support.Accounts;
import com.pettoyou.support.ApiClient;
import com.pettoyou.web.EdgeClients;
import com.pettoyou.web.EdgeIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rate-limit counter, on the edge tests' server whose password-reset policy allows
 * five requests per client address and hour.
 */
@EdgeIntegrationTest
class RateLimitMetricsTest {

	private static final String POLICY = "password-reset";

	private static final int CAPACITY = 5;

	@LocalServerPort
	int port;

	@Autowired
	MeterRegistry meters;

	@Test
	void emptyBucketCountsOncePerWindow() {
		ApiClient client = EdgeClients.fromNewAddress(new ApiClient(port));
		double before = hits(POLICY);
		double globalBefore = hits("global");
		for (int i = 1; i <= CAPACITY; i++) {
			assertThat(resetRequest(client).status()).as("request %d", i).isLessThan(429);
		}

		ApiClient.Response first = resetRequest(client);
		double afterFirst = hits(POLICY);
		ApiClient.Response second = resetRequest(client);

		assertThat(first.status()).as("first over the limit").isEqualTo(429);
		assertThat(second.status()).as("second over the limit").isEqualTo(429);
		assertThat(afterFirst - before).as("after the first rejection").isEqualTo(1);
		assertThat(hits(POLICY) - before).as("after the second rejection, in the same window").isEqualTo(1);
		assertThat(hits("global") - globalBefore).as("other policy").isZero();
	}

	private static ApiClient.Response resetRequest(ApiClient client) {
		return client.post("/api/v1/auth/password/reset-request", Map.of("email", Accounts.uniqueEmail()));
	}

	private double hits(String policy) {
		Counter counter = meters.find(MetricNames.RATE_LIMIT_HITS).tag(MetricNames.POLICY_TAG, policy).counter();
		return (counter != null) ? counter.count() : 0;
	}

}
