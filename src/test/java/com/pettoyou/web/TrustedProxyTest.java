package com.pettoyou.web;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.pettoyou.support.ApiClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Client addresses when the loopback peer is a trusted proxy. */
@EdgeIntegrationTest
class TrustedProxyTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	StringRedisTemplate redis;

	ApiClient api;

	@BeforeEach
	void setUp() {
		api = new ApiClient(port);
	}

	@Test
	void forwardedAddressReachesAudit() {
		String client = EdgeClients.newAddress();
		String requestId = UUID.randomUUID().toString();

		ApiClient.Response response = EdgeClients.from(api, client)
			.withHeader("X-Request-Id", requestId)
			.post("/api/v1/auth/register", ClientAddressTest.registration());

		assertThat(response.status()).as(response.toString()).isEqualTo(202);
		assertThat(ClientAddressTest.auditAddress(jdbc, requestId)).isEqualTo(client);
	}

	@Test
	void forwardedAddressGetsOwnBucket() {
		String first = EdgeClients.newAddress();
		String second = EdgeClients.newAddress();

		ApiClient.Response one = EdgeClients.from(api, first).get("/actuator/health");
		ApiClient.Response two = EdgeClients.from(api, second).get("/actuator/health");

		assertThat(one.header("RateLimit-Remaining")).isEqualTo(String.valueOf(EdgeIntegrationTest.GLOBAL_LIMIT - 1));
		assertThat(two.header("RateLimit-Remaining")).isEqualTo(String.valueOf(EdgeIntegrationTest.GLOBAL_LIMIT - 1));
		assertThat(redis.hasKey("pettoyou:ratelimit:global:" + first)).isTrue();
	}

	@Test
	void spoofedLeftmostHopIsIgnored() {
		String client = EdgeClients.newAddress();
		String requestId = UUID.randomUUID().toString();

		api.withHeader("X-Forwarded-For", "198.51.100.1, " + client)
			.withHeader("X-Request-Id", requestId)
			.post("/api/v1/auth/register", ClientAddressTest.registration());

		assertThat(ClientAddressTest.auditAddress(jdbc, requestId)).isEqualTo(client);
	}

}
