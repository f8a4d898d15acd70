package com.pettoyou.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import com.pettoyou.identity.ClientType;
import com.pettoyou.identity.Role;
import com.pettoyou.identity.token.TokenIssuer;
import com.pettoyou.local.TestServices;
import com.pettoyou.support.ApiClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application with Redis unreachable: its Redis port points at a closed loopback
 * port, while the shared Redis of the other tests keeps running. The global rate limit
 * guards only the authentication routes here, so that an authenticated request reaches
 * the session check.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("local")
@ContextConfiguration(initializers = ServiceUnavailableTest.UnreachableRedis.class)
class ServiceUnavailableTest {

	@LocalServerPort
	int port;

	@Autowired
	TokenIssuer tokens;

	@Test
	void authenticatedRequestIsUnavailable() {
		String token = tokens
			.issue(UUID.randomUUID(), Role.PET_OWNER, "session-" + UUID.randomUUID(), ClientType.MOBILE)
			.value();

		long started = System.nanoTime();
		ApiClient.Response response = new ApiClient(port).withToken(token).get("/api/v1/me");

		HeaderChecks.assertProblem(response, 503, "service_unavailable");
		HeaderChecks.assertSecurityHeaders(response);
		assertThat((System.nanoTime() - started) / 1_000_000).as("milliseconds").isLessThan(5000);
	}

	@Test
	void rateLimitedRequestIsUnavailable() {
		ApiClient.Response response = new ApiClient(port).post("/api/v1/auth/login",
				Map.of("email", "nobody@example.test", "password", "irrelevant"));

		HeaderChecks.assertProblem(response, 503, "service_unavailable");
		HeaderChecks.assertSecurityHeaders(response);
		assertThat(response.header("RateLimit-Remaining")).isNull();
	}

	/**
	 * Starts the shared test services, then points Redis at a port where nothing listens.
	 */
	static class UnreachableRedis implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			new TestServices().initialize(context);
			Map<String, Object> overrides = Map.of("spring.data.redis.port", closedPort(),
					"pettoyou.ratelimit.policies.global.paths", "/api/v1/auth/**");
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("unreachableRedis", overrides));
		}

		private static int closedPort() {
			try (ServerSocket socket = new ServerSocket(0)) {
				return socket.getLocalPort();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

}
