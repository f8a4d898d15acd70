package com.pettoyou.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Server-side session limits.
 *
 * @param idleTimeout a session without requests for this long ends
 * @param absoluteTimeout a session ends this long after login, however busy
 * @param maxPerAccount live sessions per account; a further login ends the oldest
 */
@ConfigurationProperties("pettoyou.sessions")
public record SessionProperties(@DefaultValue("30m") Duration idleTimeout,
		@DefaultValue("12h") Duration absoluteTimeout, @DefaultValue("3") int maxPerAccount) {
}
