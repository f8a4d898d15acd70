package com.pettoyou.monitoring.channels;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import com.pettoyou.common.SecurityEvent.Severity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class WebhookSettingsTest {

	private static final String SECRET = Base64.getEncoder().encodeToString(WebhookChannelTest.randomKey());

	private static final URI URL = URI.create("https://hooks.example.test/services/T000/B000/token-in-path");

	@Test
	void nonHttpUrlIsRejected() {
		assertThatIllegalStateException().isThrownBy(() -> channel(URI.create("ftp://hooks.example.test/x"), SECRET))
			.withMessage("pettoyou.monitoring.webhook.url must start with https:// or http://");
	}

	@Test
	void relativeUrlIsRejected() {
		assertThatIllegalStateException().isThrownBy(() -> channel(URI.create("/hooks/alerts"), SECRET))
			.withMessage("pettoyou.monitoring.webhook.url must start with https:// or http://");
	}

	@Test
	void urlWithUserInfoIsRejected() {
		assertThatIllegalStateException()
			.isThrownBy(() -> channel(URI.create("https://user:pass@hooks.example.test/x"), SECRET))
			.withMessageNotContaining("pass@")
			.withMessage("pettoyou.monitoring.webhook.url must not contain a user name or password");
	}

	@Test
	void missingSecretIsRejected() {
		assertThatIllegalStateException().isThrownBy(() -> channel(URL, " "))
			.withMessageStartingWith("pettoyou.monitoring.webhook.secret is missing");
	}

	@Test
	void invalidBase64SecretIsRejectedWithoutValue() {
		assertThatIllegalStateException().isThrownBy(() -> channel(URL, "not*base64*secret"))
			.withMessage("pettoyou.monitoring.webhook.secret is not valid base64")
			.withNoCause();
	}

	@Test
	void maxAttemptsOutsideRangeIsRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> properties(URL, SECRET, 0))
			.withMessage("pettoyou.monitoring.webhook.max-attempts is 0; set it to a number from 1 to 10");
		assertThatIllegalArgumentException().isThrownBy(() -> properties(URL, SECRET, 11))
			.withMessageStartingWith("pettoyou.monitoring.webhook.max-attempts is 11");
	}

	@Test
	void zeroTimeoutIsRejected() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new WebhookProperties(URL, SECRET, Severity.WARNING, Duration.ofSeconds(2), Duration.ZERO,
					4, Duration.ofSeconds(1)))
			.withMessage("pettoyou.monitoring.webhook.request-timeout must be a positive duration such as 2s");
	}

	@Test
	void propertiesToStringHidesSecretAndPath() {
		String text = properties(URL, SECRET, 4).toString();

		assertThat(text).contains("url=https://hooks.example.test");
		assertThat(text).doesNotContain(SECRET);
		assertThat(text).doesNotContain("token-in-path");
	}

	@Test
	void signingKeyToStringIsRedacted() {
		assertThat(SigningKey.fromBase64(SECRET)).hasToString("SigningKey[redacted]");
	}

	@Test
	void channelToStringHidesSecretAndPath() {
		WebhookChannel channel = channel(URL, SECRET);
		try {
			assertThat(channel.toString()).doesNotContain(SECRET);
			assertThat(channel.toString()).doesNotContain("token-in-path");
		}
		finally {
			channel.close();
		}
	}

	private static WebhookChannel channel(URI url, String secret) {
		return new WebhookChannel(properties(url, secret, 4), Clock.systemUTC());
	}

	private static WebhookProperties properties(URI url, String secret, int maxAttempts) {
		return new WebhookProperties(url, secret, Severity.WARNING, Duration.ofSeconds(2), Duration.ofSeconds(5),
				maxAttempts, Duration.ofSeconds(1));
	}

}
