package com.pettoyou.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.filter.OncePerRequestFilter;

import com.pettoyou.common.ErrorCodes;

/**
 * Accepts {@code OPTIONS} only as a CORS preflight: an {@code OPTIONS} request without
 * {@code Origin} and {@code Access-Control-Request-Method} gets 405
 * {@code method_not_allowed}, so the API never lists its methods to a plain probe. TRACE
 * and unknown methods are rejected earlier by the firewall.
 */
class HttpMethodFilter extends OncePerRequestFilter {

	private final ProblemResponses problems;

	HttpMethodFilter(ProblemResponses problems) {
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if ("OPTIONS".equals(request.getMethod()) && !CorsUtils.isPreFlightRequest(request)) {
			problems.write(request, response, HttpStatus.METHOD_NOT_ALLOWED, ErrorCodes.METHOD_NOT_ALLOWED);
			return;
		}
		chain.doFilter(request, response);
	}

}
