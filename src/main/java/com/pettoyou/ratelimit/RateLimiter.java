package com.pettoyou.ratelimit;

import java.util.List;

/**
 * Token-bucket rate limits, named by policy and shared by every instance through Redis.
 * Buckets are keyed by policy and a caller-chosen key such as the client address, and
 * refill with the platform clock, so moving the development clock refills them too.
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
	 * Returns the names of the policies that guard a request, in the order they are
	 * checked, or an empty list when rate limiting is switched off.
	 * @param method the HTTP method
	 * @param path the encoded request path without the context path, as Spring MVC
	 * matches it
	 */
	List<String> policiesFor(String method, String path);

}
