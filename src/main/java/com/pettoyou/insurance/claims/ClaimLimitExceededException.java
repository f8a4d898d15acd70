package com.pettoyou.insurance.claims;

import org.springframework.http.HttpStatus;

import com.pettoyou.common.ApiException;
import com.pettoyou.common.ErrorCodes;

/**
 * An account's used-up hourly claim limit: 429 {@code rate_limited}. The controller
 * copies {@link #retryAfterSeconds()} into {@code Retry-After}.
 */
public final class ClaimLimitExceededException extends ApiException {

	private final long retryAfterSeconds;

	ClaimLimitExceededException(int limit, long retryAfterSeconds) {
		super(HttpStatus.TOO_MANY_REQUESTS, ErrorCodes.RATE_LIMITED, "An account may submit at most " + limit
				+ " claims per hour. Retry after the number of seconds in Retry-After.");
		this.retryAfterSeconds = retryAfterSeconds;
	}

	/** Returns the seconds until the account's oldest claim of the last hour ages out. */
	public long retryAfterSeconds() {
		return retryAfterSeconds;
	}

}
