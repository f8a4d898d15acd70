package com.pettoyou.monitoring.channels;

import java.net.URI;
import java.util.Locale;

/**
 * Checks and describes the webhook address.
 */
final class WebhookTarget {

	private WebhookTarget() {
	}

	/**
	 * Returns the address if it is an absolute http or https URL with a host.
	 * @throws IllegalStateException naming the rule the address breaks, without the
	 * address itself
	 */
	static URI validate(URI url) {
		String scheme = (url.getScheme() != null) ? url.getScheme().toLowerCase(Locale.ROOT) : "";
		if (!scheme.equals("http") && !scheme.equals("https")) {
			throw new IllegalStateException("pettoyou.monitoring.webhook.url must start with https:// or http://");
		}
		if (url.getHost() == null || url.getHost().isBlank()) {
			throw new IllegalStateException("pettoyou.monitoring.webhook.url has no host name");
		}
		if (url.getRawUserInfo() != null) {
			throw new IllegalStateException("pettoyou.monitoring.webhook.url must not contain a user name or password");
		}
		return url;
	}

	/**
	 * Returns scheme, host and port, such as {@code https://hooks.example.com:443}, or
	 * {@code none}. Paths and queries are left out because they often carry a token.
	 */
	static String describe(URI url) {
		if (url == null) {
			return "none";
		}
		String port = (url.getPort() >= 0) ? ":" + url.getPort() : "";
		return url.getScheme() + "://" + url.getHost() + port;
	}

}
