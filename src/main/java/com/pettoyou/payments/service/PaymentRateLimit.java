package com.pettoyou.payments.service;

import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import com.pettoyou.ratelimit.RateLimitDecision;
import com.pettoyou.ratelimit.RateLimiter;

/**
 * The per-account limit on payment creations: the rate-limit policy {@value #POLICY},
 * keyed by account id in Redis, so it applies across instances. The policy lists no
 * paths, because the per-address filter runs before sign-in and cannot key by account.
 */
@Component
class PaymentRateLimit {

	static final String POLICY = "payment-creation";

	private final RateLimiter limiter;

	private final boolean enabled;

	PaymentRateLimit(RateLimiter limiter, @Value("${pettoyou.ratelimit.enabled:true}") boolean enabled) {
		this.limiter = limiter;
		this.enabled = enabled;
	}

	/**
	 * Takes one token from the account's bucket.
	 * @throws PaymentLimitExceededException when the bucket is empty
	 * @throws com.pettoyou.ratelimit.RateLimitUnavailableException when Redis cannot be
	 * reached, which the web edge turns into 503
	 */
	void consume(UUID accountId) {
		if (!enabled) {
			return;
		}
		RateLimitDecision decision = limiter.tryConsume(POLICY, accountId.toString());
		if (!decision.allowed()) {
			throw new PaymentLimitExceededException(decision.retryAfterSeconds());
		}
	}

}
