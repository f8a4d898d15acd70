package com.pettoyou.web;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.pettoyou.support.ApiClient;
import com.pettoyou.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class RequestBodyTest {

	static final int ONE_MIB = 1024 * 1024;

	@LocalServerPort
	int port;

	ApiClient api;

	@BeforeEach
	void setUp() {
		api = new ApiClient(port);
	}

	@Test
	void declaredOversizeBodyIsTooLarge() {
		ApiClient.Response response = api.post("/api/v1/auth/login", jsonOfSize(ONE_MIB + 1));

		HeaderChecks.assertProblem(response, 413, "payload_too_large");
	}

	@Test
	void chunkedOversizeBodyIsTooLarge() throws Exception {
		HttpResponse<String> response = sendChunked(jsonOfSize(2 * ONE_MIB));

		assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.body()).contains("payload_too_large");
	}

	@Test
	void chunkedBodyUnderLimitIsRead() throws Exception {
		HttpResponse<String> response = sendChunked("{\"email\":\"nobody@example.test\",\"password\":\"wrong\"}");

		assertThat(response.statusCode()).as(response.body()).isEqualTo(401);
		assertThat(response.body()).contains("invalid_credentials");
	}

	@Test
	void bodyAtLimitIsNotTooLarge() {
		ApiClient.Response response = api.post("/api/v1/auth/login", jsonOfSize(ONE_MIB));

		assertThat(response.status()).as(response.toString()).isEqualTo(400);
	}

	@Test
	void plainTextBodyIsUnsupported() {
		ApiClient.Response response = api.withHeader("Content-Type", "text/plain;charset=UTF-8")
			.post("/api/v1/auth/register", "{\"email\":\"a@example.test\"}");

		HeaderChecks.assertProblem(response, 415, "unsupported_media_type");
	}

	@Test
	void formBodyIsUnsupported() {
		ApiClient.Response response = api.withHeader("Content-Type", "application/x-www-form-urlencoded")
			.post("/api/v1/auth/login", "email=a%40example.test&password=x");

		HeaderChecks.assertProblem(response, 415, "unsupported_media_type");
	}

	@Test
	void multipartBodyOnJsonEndpointIsUnsupported() {
		ApiClient.Response response = api.withHeader("Content-Type", "multipart/form-data; boundary=x")
			.post("/api/v1/auth/login", "--x\r\nContent-Disposition: form-data; name=\"email\"\r\n\r\na\r\n--x--\r\n");

		HeaderChecks.assertProblem(response, 415, "unsupported_media_type");
	}

	@Test
	void multipartOutsideUploadsIsUnsupported() {
		String part = "--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\n";
		ApiClient.Response response = api.withHeader("Content-Type", "multipart/form-data; boundary=x")
			.post("/api/v1/pets", part + "a".repeat(2 * ONE_MIB) + "\r\n--x--\r\n");

		HeaderChecks.assertProblem(response, 415, "unsupported_media_type");
	}

	private HttpResponse<String> sendChunked(String body) throws Exception {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/auth/login"))
			.header("Content-Type", "application/json")
			.header("User-Agent", "pettoyou-tests/1.0")
			.POST(BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)))
			.build();
		try (HttpClient http = HttpClient.newHttpClient()) {
			return http.send(request, BodyHandlers.ofString());
		}
	}

	/** Returns a JSON object of exactly this many bytes. */
	static String jsonOfSize(int bytes) {
		String prefix = "{\"email\":\"";
		String suffix = "\"}";
		return prefix + "a".repeat(bytes - prefix.length() - suffix.length()) + suffix;
	}

}
