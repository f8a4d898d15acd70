package com.pettoyou.documents;

import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.pettoyou.common.AdjustableClock;
import com.pettoyou.common.SecurityEvent;
import com.pettoyou.support.ApiClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Each account may upload 10 documents per 10 minutes; the 11th attempt gets 429. */
@DocumentsIntegrationTest
class UploadRateLimitTest {

	static final int LIMIT = DocumentsIntegrationTest.UPLOAD_LIMIT;

	@LocalServerPort
	int port;

	@Autowired
	Clock clock;

	@Autowired
	SecurityEventRecorder securityEvents;

	DocumentClient owner;

	@BeforeEach
	void setUp() {
		owner = DocumentClient.aSignedInOwner(port);
	}

	@Test
	void eleventhUploadIsRateLimited() {
		for (int i = 1; i <= LIMIT; i++) {
			ApiClient.Response allowed = owner.upload("scan-" + i + ".png", TestFiles.png(4, 4));
			assertThat(allowed.status()).as("upload " + i + ": " + allowed).isEqualTo(201);
			assertThat(allowed.header("RateLimit-Limit")).isEqualTo(String.valueOf(LIMIT));
			assertThat(allowed.header("RateLimit-Remaining")).as("remaining after " + i)
				.isEqualTo(String.valueOf(LIMIT - i));
		}

		ApiClient.Response rejected = owner.upload("scan-11.png", TestFiles.png(4, 4));

		assertThat(rejected.status()).as(rejected.toString()).isEqualTo(429);
		assertThat(rejected.header("Content-Type")).startsWith("application/problem+json");
		assertThat(rejected.json().get("code").asString()).isEqualTo("rate_limited");
		assertThat(Long.parseLong(rejected.header("Retry-After"))).isBetween(1L, 60L);
		assertThat(rejected.header("RateLimit-Limit")).isEqualTo(String.valueOf(LIMIT));
		assertThat(rejected.header("RateLimit-Remaining")).isEqualTo("0");
		assertThat(Long.parseLong(rejected.header("RateLimit-Reset"))).isBetween(1L, 10L * 60);
		assertThat(owner.api().get("/api/v1/documents").json().get("total").asLong()).isEqualTo(LIMIT);
		assertThat(securityEvents.of("RATE_LIMIT_EXCEEDED", owner.accountId())).singleElement().satisfies((event) -> {
			assertThat(event.details()).containsEntry("policy", "document-upload");
			assertThat(event.severity()).isEqualTo(SecurityEvent.Severity.WARNING);
		});
	}

	@Test
	void rejectedUploadsCountToo() {
		for (int i = 1; i <= LIMIT; i++) {
			ApiClient.Response response = owner.upload("drawing.svg", TestFiles.utf8("<svg/>"));
			assertThat(response.status()).as("attempt " + i).isEqualTo(415);
		}

		assertThat(owner.upload("scan.png", TestFiles.png(4, 4)).status()).isEqualTo(429);
	}

	@Test
	void limitIsPerAccount() {
		exhaust(owner);

		ApiClient.Response other = DocumentClient.aSignedInOwner(port).upload("scan.png", TestFiles.png(4, 4));

		assertThat(other.status()).as(other.toString()).isEqualTo(201);
	}

	@Test
	void tokenReturnsAfterRefillTime() {
		exhaust(owner);
		assertThat(owner.upload("scan.png", TestFiles.png(4, 4)).status()).isEqualTo(429);

		((AdjustableClock) clock).advance(Duration.ofMinutes(1).plusSeconds(1));

		assertThat(owner.upload("scan.png", TestFiles.png(4, 4)).status()).isEqualTo(201);
		assertThat(owner.upload("scan.png", TestFiles.png(4, 4)).status()).isEqualTo(429);
	}

	@Test
	void listingIsNotLimitedByUploads() {
		exhaust(owner);

		assertThat(owner.api().get("/api/v1/documents").status()).isEqualTo(200);
	}

	private static void exhaust(DocumentClient client) {
		for (int i = 1; i <= LIMIT; i++) {
			assertThat(client.upload("scan.png", TestFiles.png(4, 4)).status()).as("upload " + i).isEqualTo(201);
		}
	}

}
