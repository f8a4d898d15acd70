package com.pettoyou.ratelimit;

/**
 * The result of taking a token from a bucket.
 *
 * @param allowed whether a token was taken
 * @param limit the bucket's capacity
 * @param remaining the tokens left after this request
 * @param resetSeconds seconds until the bucket is full again
 * @param retryAfterSeconds seconds until the next token, or 0 when allowed
 */
public record RateLimitDecision(boolean allowed, long limit, long remaining, long resetSeconds,
		long retryAfterSeconds) {

}
