package com.pettoyou.web;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.pettoyou.support.ApiClient;
import com.pettoyou.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The API documentation of local mode and the headers of its pages. */
@IntegrationTest
class ApiDocsTest {

	@LocalServerPort
	int port;

	@Test
	void apiDocumentIsPublicInLocalMode() {
		ApiClient.Response response = new ApiClient(port).get("/v3/api-docs");

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().get("paths").has("/api/v1/auth/login")).isTrue();
		HeaderChecks.assertSecurityHeaders(response);
	}

	@Test
	void swaggerUiHasItsOwnPolicy() {
		ApiClient.Response response = new ApiClient(port).get("/swagger-ui/index.html");

		assertThat(response.status()).isEqualTo(200);
		String policy = response.header("Content-Security-Policy");
		assertThat(policy).contains("script-src 'self'")
			.contains("frame-ancestors 'none'")
			.doesNotContain("unsafe-inline")
			.doesNotContain("unsafe-eval");
		assertThat(response.header("Strict-Transport-Security")).isNotNull();
		assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
	}

	@Test
	void swaggerUiPageHasNoInlineScript() {
		ApiClient.Response response = new ApiClient(port).get("/swagger-ui/index.html");

		assertThat(response.body()).doesNotContainPattern("<script(?![^>]*\\ssrc=)[^>]*>");
		assertThat(response.body()).doesNotContain("<style");
	}

}
