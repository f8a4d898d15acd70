package com.pettoyou.ratelimit;

/**
 * Thrown when the rate-limit store cannot be reached. The request must then be rejected
 * with 503: a limit that cannot be checked is treated as exceeded.
 */
public class RateLimitUnavailableException extends RuntimeException {

	public RateLimitUnavailableException(String message, Throwable cause) {
		super(message, cause);
	}

}
