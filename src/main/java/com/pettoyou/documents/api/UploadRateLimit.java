package com.pettoyou.documents.api;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import com.pettoyou.common.ApiException;
import com.pettoyou.common.ErrorCodes;
import com.pettoyou.identity.AuthenticatedAccount;
import com.pettoyou.ratelimit.RateLimitDecision;
import com.pettoyou.ratelimit.RateLimiter;

/**
 * Applies the per-account {@value #POLICY} rate-limit policy (10 uploads per 10 minutes
 * by default) before an upload is inspected. Each attempt takes a token, whether or not
 * the file is accepted. Like the web edge's per-address limits, {@code RateLimit-Limit},
 * {@code RateLimit-Remaining} and {@code RateLimit-Reset} describe the bucket with the
 * fewest tokens left, and a rejection gets 429 {@code rate_limited} with
 * {@code Retry-After}.
 */
@Component
class UploadRateLimit {

	static final String POLICY = "document-upload";

	static final String LIMIT_HEADER = "RateLimit-Limit";

	static final String REMAINING_HEADER = "RateLimit-Remaining";

	static final String RESET_HEADER = "RateLimit-Reset";

	private final RateLimiter limiter;

	UploadRateLimit(RateLimiter limiter) {
		this.limiter = limiter;
	}

	/**
	 * Takes a token for the account.
	 * @throws ApiException 429 when the account's bucket is empty
	 * @throws com.pettoyou.ratelimit.RateLimitUnavailableException when Redis cannot be
	 * reached, which the web edge turns into 503
	 */
	void check(AuthenticatedAccount uploader, HttpServletResponse response) {
		RateLimitDecision decision = limiter.tryConsumeForAccount(POLICY, uploader.accountId());
		if (isTighterThanWritten(decision, response)) {
			response.setHeader(LIMIT_HEADER, Long.toString(decision.limit()));
			response.setHeader(REMAINING_HEADER, Long.toString(decision.remaining()));
			response.setHeader(RESET_HEADER, Long.toString(decision.resetSeconds()));
		}
		if (!decision.allowed()) {
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(decision.retryAfterSeconds()));
			throw new ApiException(HttpStatus.TOO_MANY_REQUESTS, ErrorCodes.RATE_LIMITED,
					"Too many uploads. Retry after the number of seconds in Retry-After.");
		}
	}

	/**
	 * Returns whether this decision leaves fewer tokens than the per-address decision
	 * that the web edge already wrote, or is a rejection.
	 */
	private static boolean isTighterThanWritten(RateLimitDecision decision, HttpServletResponse response) {
		String written = response.getHeader(REMAINING_HEADER);
		return !decision.allowed() || written == null || decision.remaining() < Long.parseLong(written);
	}

}
