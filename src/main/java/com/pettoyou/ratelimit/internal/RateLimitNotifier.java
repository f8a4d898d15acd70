package com.pettoyou.ratelimit.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.spi.LoggingEventBuilder;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.StringRedisTemplate;

import com.pettoyou.common.LogKeys;
import com.pettoyou.common.SecurityEvent;
import com.pettoyou.ratelimit.RateLimitDecision;

/**
 * Reports an exceeded limit at most once per policy, key and refill window, across all
 * instances: a Redis marker that expires when the bucket is full again decides which
 * rejection is reported. The report is an INFO log line with the policy, the client
 * address and, for per-account policies, the account id, and a
 * {@code RATE_LIMIT_EXCEEDED} security event with the same facts. The marker expires on
 * Redis time, which the development clock does not move.
 */
final class RateLimitNotifier {

	static final String EVENT_TYPE = "RATE_LIMIT_EXCEEDED";

	private static final Logger log = LoggerFactory.getLogger(RateLimitNotifier.class);

	private final StringRedisTemplate redis;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	RateLimitNotifier(StringRedisTemplate redis, ApplicationEventPublisher events, Clock clock) {
		this.redis = redis;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Reports a rejection unless one was reported for this bucket in its window.
	 * @param accountId the account of a per-account policy, or {@code null}
	 * @param clientAddress the client address of the request, or {@code null}
	 */
	void rejected(String policy, UUID accountId, String clientAddress, String redisKey, RateLimitDecision decision) {
		if (!isFirstInWindow(redisKey, decision)) {
			return;
		}
		LoggingEventBuilder line = log.atInfo()
			.addKeyValue(LogKeys.POLICY, policy)
			.addKeyValue(LogKeys.CLIENT_ADDRESS, clientAddress);
		if (accountId != null) {
			line = line.addKeyValue(LogKeys.ACCOUNT_ID, accountId);
		}
		line.log("Rate limit exceeded");
		events.publishEvent(new SecurityEvent(EVENT_TYPE, SecurityEvent.Severity.WARNING, accountId, clientAddress,
				clock.instant(), Map.of("policy", policy)));
	}

	private boolean isFirstInWindow(String redisKey, RateLimitDecision decision) {
		Duration window = Duration.ofSeconds(Math.max(1, decision.resetSeconds()));
		try {
			return Boolean.TRUE.equals(redis.opsForValue().setIfAbsent(redisKey + ":reported", "1", window));
		}
		catch (DataAccessException ex) {
			// Reporting twice is better than staying silent about an attack.
			log.atWarn().setCause(ex).log("Checking the rate-limit report marker failed; reporting anyway");
			return true;
		}
	}

}
