package com.pettoyou.web;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.pettoyou.support.Accounts;
import com.pettoyou.support.ApiClient;
import com.pettoyou.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Client addresses when no proxy is trusted, the default. */
@IntegrationTest
class ClientAddressTest {

	static final String SPOOFED = "203.0.113.77";

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
	void spoofedHeaderDoesNotMoveAudit() {
		String requestId = UUID.randomUUID().toString();

		ApiClient.Response response = api.withHeader("X-Forwarded-For", SPOOFED)
			.withHeader("X-Request-Id", requestId)
			.post("/api/v1/auth/register", registration());

		assertThat(response.status()).as(response.toString()).isEqualTo(202);
		assertThat(auditAddress(jdbc, requestId)).isEqualTo("127.0.0.1");
	}

	@Test
	void spoofedHeaderDoesNotMoveBucket() {
		ApiClient.Response first = api.withHeader("X-Forwarded-For", SPOOFED).get("/actuator/health");
		ApiClient.Response second = api.withHeader("X-Forwarded-For", "198.51.100.9").get("/actuator/health");

		long remainingBefore = Long.parseLong(first.header("RateLimit-Remaining"));
		long remainingAfter = Long.parseLong(second.header("RateLimit-Remaining"));
		assertThat(remainingAfter).isEqualTo(remainingBefore - 1);
		assertThat(redis.hasKey("pettoyou:ratelimit:global:" + SPOOFED)).isFalse();
		assertThat(redis.hasKey("pettoyou:ratelimit:global:127.0.0.1")).isTrue();
	}

	static Map<String, String> registration() {
		return Map.of("email", Accounts.uniqueEmail(), "password", Accounts.PASSWORD, "name", "Address Test");
	}

	static String auditAddress(JdbcClient jdbc, String requestId) {
		return jdbc.sql("SELECT client_address FROM audit_event WHERE correlation_id = ?")
			.param(requestId)
			.query(String.class)
			.single();
	}

}
