package com.pettoyou.web;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.pettoyou.support.ApiClient;
import com.pettoyou.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** CORS with the default configuration, which allows no origin. */
@IntegrationTest
class CorsTest {

	@LocalServerPort
	int port;

	@Test
	void evilOriginGetsNoCorsHeaders() {
		ApiClient.Response response = new ApiClient(port).withHeader("Origin", "https://evil.example")
			.get("/actuator/health");

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.header("Access-Control-Allow-Origin")).isNull();
		assertThat(response.header("Access-Control-Allow-Credentials")).isNull();
	}

	@Test
	void preflightGetsNoCorsHeaders() {
		ApiClient.Response response = new ApiClient(port).withHeader("Origin", "https://evil.example")
			.withHeader("Access-Control-Request-Method", "POST")
			.send("OPTIONS", "/api/v1/auth/login", null);

		assertThat(response.header("Access-Control-Allow-Origin")).isNull();
		assertThat(response.header("Access-Control-Allow-Methods")).isNull();
		assertThat(response.header("Access-Control-Allow-Credentials")).isNull();
	}

}
