package com.pettoyou.ratelimit;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;

import com.pettoyou.PetToYouApplication;
import com.pettoyou.common.AdjustableClock;
import com.pettoyou.local.TestServices;
import com.pettoyou.support.ApiClient;
import com.pettoyou.web.EdgeClients;
import com.pettoyou.web.EdgeIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the application on one Redis, as in a cluster: the test context and a
 * second application started here with the same settings.
 */
@EdgeIntegrationTest
class SharedBucketsTest {

	static ConfigurableApplicationContext secondInstance;

	@LocalServerPort
	int port;

	@Autowired
	Clock clock;

	@BeforeAll
	static void startSecondInstance() {
		// Command-line arguments, because they take precedence over application.yml as
		// the
		// test's inlined properties do.
		List<String> arguments = new ArrayList<>();
		EdgeIntegrationTest.PROPERTIES.forEach((property) -> arguments.add("--" + property));
		arguments.add("--server.port=0");
		secondInstance = new SpringApplicationBuilder(PetToYouApplication.class).profiles("local")
			.initializers(new TestServices())
			.run(arguments.toArray(String[]::new));
	}

	@AfterAll
	static void stopSecondInstance() {
		if (secondInstance != null) {
			secondInstance.close();
		}
	}

	/**
	 * Moves the second instance's development clock to the test context's, which other
	 * tests may have moved, because instances must share one time.
	 */
	@BeforeEach
	void alignClocks() {
		AdjustableClock second = secondInstance.getBean(AdjustableClock.class);
		Duration behind = ((AdjustableClock) clock).offset().minus(second.offset());
		if (behind.isPositive()) {
			second.advance(behind);
		}
	}

	@Test
	void instancesShareOneBucket() {
		String address = EdgeClients.newAddress();
		ApiClient first = EdgeClients.from(new ApiClient(port), address);
		ApiClient second = EdgeClients.from(new ApiClient(secondPort()), address);

		for (int i = 1; i <= EdgeIntegrationTest.GLOBAL_LIMIT; i++) {
			ApiClient instance = (i % 2 == 0) ? first : second;
			ApiClient.Response response = instance.get("/actuator/health");
			assertThat(response.status()).as("request " + i).isEqualTo(200);
			assertThat(response.header("RateLimit-Remaining")).as("remaining after " + i)
				.isEqualTo(String.valueOf(EdgeIntegrationTest.GLOBAL_LIMIT - i));
		}

		assertThat(first.get("/actuator/health").status()).as("first instance").isEqualTo(429);
		assertThat(second.get("/actuator/health").status()).as("second instance").isEqualTo(429);
	}

	@Test
	void parallelRequestsNeverExceedLimit() throws Exception {
		String address = EdgeClients.newAddress();
		List<ApiClient> instances = List.of(EdgeClients.from(new ApiClient(port), address),
				EdgeClients.from(new ApiClient(secondPort()), address));
		int requests = EdgeIntegrationTest.GLOBAL_LIMIT + 10;

		List<Integer> statuses = new ArrayList<>();
		try (var executor = java.util.concurrent.Executors.newFixedThreadPool(8)) {
			List<java.util.concurrent.Future<Integer>> futures = new ArrayList<>();
			for (int i = 0; i < requests; i++) {
				ApiClient instance = instances.get(i % 2);
				futures.add(executor.submit(() -> instance.get("/actuator/health").status()));
			}
			for (var future : futures) {
				statuses.add(future.get());
			}
		}

		assertThat(statuses.stream().filter((status) -> status == 200).count())
			.isEqualTo(EdgeIntegrationTest.GLOBAL_LIMIT);
		assertThat(statuses.stream().filter((status) -> status == 429).count()).isEqualTo(10);
	}

	private static int secondPort() {
		return secondInstance.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
	}

}
