package com.pettoyou.payments.service;

import org.springframework.http.HttpStatus;

import com.pettoyou.common.ApiException;
import com.pettoyou.common.ErrorCodes;

/**
 * An account's used-up payment limit: 429 {@code rate_limited}. The controller copies
 * {@link #retryAfterSeconds()} into {@code Retry-After}.
 */
public final class PaymentLimitExceededException extends ApiException {

	private final long retryAfterSeconds;

	PaymentLimitExceededException(long retryAfterSeconds) {
		super(HttpStatus.TOO_MANY_REQUESTS, ErrorCodes.RATE_LIMITED,
				"Too many payments for this account. Retry after the number of seconds in Retry-After.");
		this.retryAfterSeconds = retryAfterSeconds;
	}

	/** Returns the seconds until the account's bucket has a token again. */
	public long retryAfterSeconds() {
		return retryAfterSeconds;
	}

}
