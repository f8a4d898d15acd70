package com.pettoyou.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Writes the {@link SecurityHeaders} before anything else writes a response, so that
 * responses written by the firewall, the rate limiter, the security handlers and the
 * error page carry them as well as controller responses. It runs again on error
 * dispatches in case the container reset the response.
 */
class SecurityHeadersFilter extends OncePerRequestFilter {

	private final List<HeaderWriter> writers = SecurityHeaders.writers();

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		writeHeaders(request, response);
		chain.doFilter(request, response);
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	@Override
	protected void doFilterNestedErrorDispatch(HttpServletRequest request, HttpServletResponse response,
			FilterChain chain) throws ServletException, IOException {
		doFilterInternal(request, response, chain);
	}

	private void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
		for (HeaderWriter writer : writers) {
			writer.writeHeaders(request, response);
		}
	}

}
