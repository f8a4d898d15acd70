package com.pettoyou.ratelimit.internal;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code pettoyou.ratelimit}.
 *
 * @param enabled whether limits apply; switching them off is logged at WARN at startup
 * @param redisTimeout how long one bucket operation may wait for Redis before the request
 * is rejected with 503
 * @param policies the named policies, checked in the order listed
 */
@ConfigurationProperties("pettoyou.ratelimit")
record RateLimitProperties(@DefaultValue("true") boolean enabled, @DefaultValue("2s") Duration redisTimeout,
		Map<String, Policy> policies) {

	RateLimitProperties {
		policies = (policies != null) ? new LinkedHashMap<>(policies) : Map.of();
	}

	/**
	 * One named limit: {@code capacity} requests per {@code period} for each key, on the
	 * requests that match one of {@code paths} and, if {@code methods} is not empty, one
	 * of {@code methods}.
	 *
	 * @param capacity the requests allowed per period, at least 1
	 * @param period the time in which a used-up bucket refills completely
	 * @param paths Spring path patterns such as {@code /api/v1/auth/login} or {@code /**}
	 * @param methods upper-case HTTP methods; empty means every method
	 */
	record Policy(long capacity, Duration period, @DefaultValue List<String> paths,
			@DefaultValue List<String> methods) {

		Policy {
			if (capacity < 1) {
				throw new IllegalArgumentException("A rate-limit capacity must be at least 1, got " + capacity);
			}
			if (period == null || period.isNegative() || period.isZero()) {
				throw new IllegalArgumentException("A rate-limit period must be positive, got " + period);
			}
		}

	}

}
