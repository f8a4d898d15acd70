package com.pettoyou.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Per-email login lockout.
 *
 * @param maxFailures consecutive failed attempts that lock the email
 * @param initialLock how long the first lock lasts
 * @param maxLock the longest lock; each further lock within {@code escalationWindow}
 * doubles the previous one up to this
 * @param escalationWindow how long after a lock a new lock counts as a repeat
 */
@ConfigurationProperties("pettoyou.lockout")
public record LockoutProperties(@DefaultValue("5") int maxFailures, @DefaultValue("15m") Duration initialLock,
		@DefaultValue("24h") Duration maxLock, @DefaultValue("24h") Duration escalationWindow) {
}
