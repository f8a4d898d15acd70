package com.pettoyou.ratelimit;

import java.util.List;
import java.util.UUID;

/**
 * Token-bucket rate limits, named by policy and shared by every instance through Redis.
 * Buckets are keyed by policy and a caller-chosen key such as the client address, and
 * refill with the platform clock, so moving the development clock refills them too.
 * <p>
 * A policy with paths guards the matching requests per client address, applied by the web
 * edge before authentication. A policy without paths guards nothing by itself: the module
 * that has the signed-in account applies it with {@link #tryConsumeForAccount}.
 */
public interface RateLimiter {

	/**
	 * Takes one token from the bucket of this policy and key.
	 * @param policy the policy name, for example {@code login}
	 * @param key what the limit counts, for example the client address
	 * @return whether the request may proceed and the bucket's state afterwards
	 * @throws IllegalArgumentException if no policy has this name
	 * @throws RateLimitUnavailableException if Redis cannot be reached; callers reject
	 * the request, so limits never lapse silently
	 */
	RateLimitDecision tryConsume(String policy, String key);

	/**
	 * Takes one token from the signed-in account's bucket of a per-account policy. A
	 * rejection is reported like one of {@link #tryConsume}, with the account id and the
	 * client address of the current request.
	 * @param policy the name of a policy without paths, for example
	 * {@code document-upload}
	 * @param accountId the account that makes the request
	 * @return whether the request may proceed and the bucket's state afterwards; always
	 * allowed while rate limiting is switched off
	 * @throws IllegalArgumentException if no policy has this name or the policy has
	 * paths, so the web edge already applies it per client address
	 * @throws RateLimitUnavailableException if Redis cannot be reached
	 */
	RateLimitDecision tryConsumeForAccount(String policy, UUID accountId);

	/**
	 * Returns the names of the policies that guard a request, in the order they are
	 * checked, or an empty list when rate limiting is switched off.
	 * @param method the HTTP method
	 * @param path the encoded request path without the context path, as Spring MVC
	 * matches it
	 */
	List<String> policiesFor(String method, String path);

}
