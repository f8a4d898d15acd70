package com.pettoyou.web;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.pettoyou.support.Accounts;
import com.pettoyou.support.ApiClient;
import com.pettoyou.support.IntegrationTest;
import com.pettoyou.support.RawHttp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A header value that the firewall refuses when a handler reads it gets 400, not 500.
 */
@IntegrationTest
class HeaderValuesTest {

	@LocalServerPort
	int port;

	@Test
	void nonAsciiIdempotencyKeyRejected() {
		ApiClient api = new ApiClient(port);
		String token = Accounts.login(api, Accounts.aVerifiedOwner(api), Accounts.PASSWORD);

		int status = RawHttp.postJson(
				port, "/api/v1/payments", Map.of("Host", "127.0.0.1", "User-Agent", "pettoyou-tests/1.0",
						"Authorization", "Bearer " + token, "Idempotency-Key", "ключ"),
				"{\"policyId\":\"" + UUID.randomUUID() + "\",\"amount\":1000}");

		assertThat(status).isEqualTo(400);
	}

}
