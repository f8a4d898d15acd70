package com.pettoyou.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Targets of the links in account emails. The host comes only from here, never from a
 * request's {@code Host} or {@code X-Forwarded-Host} header.
 *
 * @param baseUrl the public address of the web client, such as
 * {@code https://app.pettoyou.example}
 * @param verificationTokenLifetime how long an email verification token stays valid
 * @param resetTokenLifetime how long a password reset token stays valid, at most 30
 * minutes
 */
@ConfigurationProperties("pettoyou.links")
public record LinkProperties(String baseUrl, @DefaultValue("24h") java.time.Duration verificationTokenLifetime,
		@DefaultValue("30m") java.time.Duration resetTokenLifetime) {
}
