package com.pettoyou.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import com.pettoyou.common.ErrorCodes;
import com.pettoyou.ratelimit.RateLimitDecision;
import com.pettoyou.ratelimit.RateLimitUnavailableException;
import com.pettoyou.ratelimit.RateLimiter;

/**
 * Applies every rate-limit policy that guards a request, keyed by the resolved client
 * address, before authentication runs. A used-up bucket gets 429 {@code rate_limited}
 * with {@code Retry-After}, and an unreachable Redis gets 503
 * {@code service_unavailable}. {@code RateLimit-Limit}, {@code RateLimit-Remaining} and
 * {@code RateLimit-Reset} describe the most restrictive bucket of the request, on allowed
 * and rejected responses alike.
 */
class RateLimitFilter extends OncePerRequestFilter {

	static final String LIMIT_HEADER = "RateLimit-Limit";

	static final String REMAINING_HEADER = "RateLimit-Remaining";

	static final String RESET_HEADER = "RateLimit-Reset";

	private final RateLimiter limiter;

	private final ProblemResponses problems;

	RateLimitFilter(RateLimiter limiter, ProblemResponses problems) {
		this.limiter = limiter;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		List<String> policies = limiter.policiesFor(request.getMethod(), pathOf(request));
		if (policies.isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		RateLimitDecision decision;
		try {
			decision = consumeAll(policies, RequestMetadataFilter.metadataOf(request).clientAddress());
		}
		catch (RateLimitUnavailableException ex) {
			problems.write(request, response, HttpStatus.SERVICE_UNAVAILABLE, ErrorCodes.SERVICE_UNAVAILABLE);
			return;
		}
		writeHeaders(response, decision);
		if (!decision.allowed()) {
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(decision.retryAfterSeconds()));
			problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS, ErrorCodes.RATE_LIMITED);
			return;
		}
		chain.doFilter(request, response);
	}

	/**
	 * Takes a token from each policy in turn and returns the first rejection, or else the
	 * decision with the fewest tokens left.
	 */
	private RateLimitDecision consumeAll(List<String> policies, String client) {
		RateLimitDecision tightest = null;
		for (String policy : policies) {
			RateLimitDecision decision = limiter.tryConsume(policy, client);
			if (!decision.allowed()) {
				return decision;
			}
			tightest = tighterOf(tightest, decision);
		}
		return tightest;
	}

	private static RateLimitDecision tighterOf(RateLimitDecision current, RateLimitDecision candidate) {
		return (current == null || candidate.remaining() < current.remaining()) ? candidate : current;
	}

	private static void writeHeaders(HttpServletResponse response, RateLimitDecision decision) {
		response.setHeader(LIMIT_HEADER, Long.toString(decision.limit()));
		response.setHeader(REMAINING_HEADER, Long.toString(decision.remaining()));
		response.setHeader(RESET_HEADER, Long.toString(decision.resetSeconds()));
	}

	/**
	 * Returns the encoded request path, which Spring MVC's path patterns match as well.
	 */
	private static String pathOf(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

}
