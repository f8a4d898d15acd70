package com.pettoyou.monitoring.channels;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import com.pettoyou.common.SecurityEvent.Severity;

/**
 * Settings under {@code pettoyou.monitoring.webhook}. The webhook channel exists only
 * when {@code url} is set.
 *
 * @param url the http or https address that receives every alert, or {@code null} to turn
 * the channel off
 * @param secret the base64 key that signs each request with HMAC-SHA256; required when
 * {@code url} is set, and the prod profile requires at least 32 bytes
 * @param minimumLevel the lowest alert level sent
 * @param connectTimeout how long opening a connection may take
 * @param requestTimeout how long one attempt may wait for the response status
 * @param maxAttempts how many attempts an alert gets in total, 1 to
 * {@value #MAX_ATTEMPTS_LIMIT}
 * @param initialBackoff the wait before the second attempt; each later wait doubles
 */
@ConfigurationProperties("pettoyou.monitoring.webhook")
public record WebhookProperties(URI url, String secret, @DefaultValue("WARNING") Severity minimumLevel,
		@DefaultValue("2s") Duration connectTimeout, @DefaultValue("5s") Duration requestTimeout,
		@DefaultValue("4") int maxAttempts, @DefaultValue("1s") Duration initialBackoff) {

	/** Upper bound of {@code max-attempts}, which keeps the longest backoff bounded. */
	static final int MAX_ATTEMPTS_LIMIT = 10;

	/**
	 * Validates the timeouts and retry settings.
	 * @throws IllegalArgumentException if a duration is not positive or
	 * {@code maxAttempts} lies outside 1 to {@value #MAX_ATTEMPTS_LIMIT}
	 */
	public WebhookProperties {
		requirePositive("connect-timeout", connectTimeout);
		requirePositive("request-timeout", requestTimeout);
		requirePositive("initial-backoff", initialBackoff);
		if (maxAttempts < 1 || maxAttempts > MAX_ATTEMPTS_LIMIT) {
			throw new IllegalArgumentException("pettoyou.monitoring.webhook.max-attempts is " + maxAttempts
					+ "; set it to a number from 1 to " + MAX_ATTEMPTS_LIMIT);
		}
	}

	/**
	 * Returns the settings with the secret redacted and the URL cut to scheme, host and
	 * port, because webhook paths often carry a token.
	 */
	@Override
	public String toString() {
		return "WebhookProperties[url=" + WebhookTarget.describe(url) + ", secret=redacted, minimumLevel="
				+ minimumLevel + ", connectTimeout=" + connectTimeout + ", requestTimeout=" + requestTimeout
				+ ", maxAttempts=" + maxAttempts + ", initialBackoff=" + initialBackoff + "]";
	}

	private static void requirePositive(String name, Duration value) {
		if (value == null || value.isZero() || value.isNegative()) {
			throw new IllegalArgumentException(
					"pettoyou.monitoring.webhook." + name + " must be a positive duration such as 2s");
		}
	}

}
