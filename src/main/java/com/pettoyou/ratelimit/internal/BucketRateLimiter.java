package com.pettoyou.ratelimit.internal;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.server.PathContainer;

import com.pettoyou.common.RequestMetadata;
import com.pettoyou.ratelimit.RateLimitDecision;
import com.pettoyou.ratelimit.RateLimitUnavailableException;
import com.pettoyou.ratelimit.RateLimiter;
import com.pettoyou.ratelimit.internal.RateLimitProperties.Policy;

/**
 * The {@link RateLimiter} over Redis token buckets. Each policy's bucket contains
 * {@code capacity} tokens and refills greedily, one token every
 * {@code period / capacity}. A client may therefore send {@code capacity} requests at
 * once and {@code capacity} per period after that. NOTE: a window of one period that
 * starts with a full bucket admits up to {@code 2 * capacity - 1} requests. Redis keys
 * are {@code pettoyou:ratelimit:<policy>:<key>}, and per-account buckets use the key
 * {@code account:<account id>}.
 */
final class BucketRateLimiter implements RateLimiter {

	static final String KEY_PREFIX = "pettoyou:ratelimit:";

	private static final Logger log = LoggerFactory.getLogger(BucketRateLimiter.class);

	static final Duration OUTAGE_LOG_INTERVAL = Duration.ofSeconds(10);

	private final AtomicLong lastOutageLog = new AtomicLong();

	private final AtomicLong failuresSinceLog = new AtomicLong();

	private final boolean enabled;

	private final Map<String, Policy> policies;

	private final Map<String, BucketConfiguration> configurations = new LinkedHashMap<>();

	private final List<PolicyMatcher> matchers;

	private final RedisBuckets buckets;

	private final RateLimitNotifier notifier;

	BucketRateLimiter(RateLimitProperties properties, RedisBuckets buckets, RateLimitNotifier notifier) {
		this.enabled = properties.enabled();
		this.policies = properties.policies();
		this.buckets = buckets;
		this.notifier = notifier;
		policies.forEach((name, policy) -> configurations.put(name, configurationOf(policy)));
		this.matchers = policies.entrySet()
			.stream()
			.map((entry) -> new PolicyMatcher(entry.getKey(), entry.getValue()))
			.toList();
	}

	@Override
	public RateLimitDecision tryConsume(String policy, String key) {
		BucketConfiguration configuration = configurationOf(policy);
		String redisKey = KEY_PREFIX + policy + ":" + key;
		RateLimitDecision decision = decisionOf(policies.get(policy), consume(redisKey, configuration));
		if (!decision.allowed()) {
			notifier.rejected(policy, null, key, redisKey, decision);
		}
		return decision;
	}

	@Override
	public RateLimitDecision tryConsumeForAccount(String policy, UUID accountId) {
		BucketConfiguration configuration = configurationOf(policy);
		Policy settings = policies.get(policy);
		if (!settings.paths().isEmpty()) {
			throw new IllegalArgumentException("Rate-limit policy '" + policy
					+ "' lists paths, so it applies per client address; a per-account policy lists none");
		}
		if (!enabled) {
			return new RateLimitDecision(true, settings.capacity(), settings.capacity(), 0, 0);
		}
		String redisKey = KEY_PREFIX + policy + ":account:" + accountId;
		RateLimitDecision decision = decisionOf(settings, consume(redisKey, configuration));
		if (!decision.allowed()) {
			notifier.rejected(policy, accountId, RequestMetadata.current().clientAddress(), redisKey, decision);
		}
		return decision;
	}

	@Override
	public List<String> policiesFor(String method, String path) {
		if (!enabled) {
			return List.of();
		}
		PathContainer container = PathContainer.parsePath(path);
		return matchers.stream()
			.filter((matcher) -> matcher.matches(method, container))
			.map(PolicyMatcher::name)
			.toList();
	}

	private BucketConfiguration configurationOf(String policy) {
		BucketConfiguration configuration = configurations.get(policy);
		if (configuration == null) {
			throw new IllegalArgumentException("No rate-limit policy is named '" + policy + "'");
		}
		return configuration;
	}

	private ConsumptionProbe consume(String redisKey, BucketConfiguration configuration) {
		try {
			return buckets.tryConsume(redisKey, configuration);
		}
		catch (RuntimeException ex) {
			logUnavailable(ex);
			throw new RateLimitUnavailableException("The rate-limit store is unavailable", ex);
		}
	}

	/**
	 * Logs an outage at most once per {@link #OUTAGE_LOG_INTERVAL}, with the number of
	 * failures since the previous log line.
	 */
	private void logUnavailable(RuntimeException ex) {
		long failures = failuresSinceLog.incrementAndGet();
		long now = System.nanoTime();
		long last = lastOutageLog.get();
		if (last != 0 && now - last < OUTAGE_LOG_INTERVAL.toNanos()) {
			return;
		}
		if (lastOutageLog.compareAndSet(last, now)) {
			failuresSinceLog.addAndGet(-failures);
			log.atWarn()
				.setCause(ex)
				.addKeyValue("failures", failures)
				.log("Checking rate limits failed because Redis is unavailable; requests get 503");
		}
	}

	private static BucketConfiguration configurationOf(Policy policy) {
		return BucketConfiguration.builder()
			.addLimit((limit) -> limit.capacity(policy.capacity()).refillGreedy(policy.capacity(), policy.period()))
			.build();
	}

	private static RateLimitDecision decisionOf(Policy policy, ConsumptionProbe probe) {
		long resetSeconds = secondsCeiling(probe.getNanosToWaitForReset());
		if (probe.isConsumed()) {
			return new RateLimitDecision(true, policy.capacity(), probe.getRemainingTokens(), resetSeconds, 0);
		}
		long retryAfter = Math.max(1, secondsCeiling(probe.getNanosToWaitForRefill()));
		return new RateLimitDecision(false, policy.capacity(), 0, resetSeconds, retryAfter);
	}

	private static long secondsCeiling(long nanos) {
		return (nanos + TimeUnit.SECONDS.toNanos(1) - 1) / TimeUnit.SECONDS.toNanos(1);
	}

}
