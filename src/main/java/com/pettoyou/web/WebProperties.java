package com.pettoyou.web;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the web edge under {@code pettoyou.web}.
 *
 * @param cors the browser origins that may call the API
 * @param trustedProxies networks in CIDR notation (or single addresses) whose
 * {@code X-Forwarded-For} header is believed; empty means the peer address is always the
 * client address
 * @param maxJsonBody the largest request body accepted outside multipart uploads
 */
@ConfigurationProperties("pettoyou.web")
record WebProperties(@DefaultValue Cors cors, @DefaultValue List<String> trustedProxies,
		@DefaultValue("1MB") DataSize maxJsonBody) {

	WebProperties {
		if (maxJsonBody.toBytes() <= 0) {
			throw new IllegalArgumentException("pettoyou.web.max-json-body must be positive, got " + maxJsonBody);
		}
	}

	/**
	 * Cross-origin settings.
	 *
	 * @param allowedOrigins exact origins such as {@code https://app.example}; empty
	 * closes CORS, and {@code *} is rejected because credentials are allowed
	 */
	record Cors(@DefaultValue List<String> allowedOrigins) {

		Cors {
			if (allowedOrigins.stream().anyMatch((origin) -> origin.contains("*"))) {
				throw new IllegalArgumentException(
						"pettoyou.web.cors.allowed-origins must list exact origins; wildcards are not allowed");
			}
			allowedOrigins = List.copyOf(allowedOrigins);
		}

	}

}
