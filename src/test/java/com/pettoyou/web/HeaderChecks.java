package com.pettoyou.web;

import tools.jackson.databind.JsonNode;

import com.pettoyou.support.ApiClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Assertions on the headers and problem bodies that every API response must carry. */
final class HeaderChecks {

	private HeaderChecks() {
	}

	static void assertSecurityHeaders(ApiClient.Response response) {
		assertThat(response.header("Strict-Transport-Security")).as("HSTS")
			.isEqualTo("max-age=31536000 ; includeSubDomains ; preload");
		assertThat(response.header("X-Content-Type-Options")).as("nosniff").isEqualTo("nosniff");
		assertThat(response.header("X-Frame-Options")).as("frame options").isEqualTo("DENY");
		assertThat(response.header("Referrer-Policy")).as("referrer policy").isEqualTo("no-referrer");
		assertThat(response.header("Permissions-Policy")).as("permissions policy")
			.isEqualTo("geolocation=(), microphone=(), camera=()");
		assertThat(response.header("Content-Security-Policy")).as("CSP")
			.isEqualTo("default-src 'none'; frame-ancestors 'none'; base-uri 'none'");
		assertThat(response.header("Cache-Control")).as("cache control").isEqualTo("no-store");
		assertThat(response.header("X-Request-Id")).as("request id").isNotBlank();
		assertThat(response.header("Server")).as("server").isNull();
		assertThat(response.header("X-Powered-By")).as("powered by").isNull();
	}

	static void assertProblem(ApiClient.Response response, int status, String code) {
		assertThat(response.status()).as(response.toString()).isEqualTo(status);
		assertThat(response.header("Content-Type")).as("content type").startsWith("application/problem+json");
		JsonNode body = response.json();
		assertThat(body.get("status").asInt()).as("status field").isEqualTo(status);
		assertThat(body.get("code").asString()).as("code").isEqualTo(code);
		assertThat(body.get("type").asString()).as("type").isEqualTo("urn:pettoyou:problem:" + code);
		assertThat(body.get("title").asString()).as("title").isNotBlank();
		assertThat(body.get("detail").asString()).as("detail").isNotBlank();
		assertThat(body.get("correlationId").asString()).as("correlation id")
			.isEqualTo(response.header("X-Request-Id"));
		assertThat(body.has("trace")).as("stack trace").isFalse();
		assertThat(body.has("exception")).as("exception").isFalse();
	}

}
