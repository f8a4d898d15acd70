package com.pettoyou.web;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import com.pettoyou.common.LogKeys;
import com.pettoyou.common.RequestMetadata;

/**
 * Gives every request a correlation id, echoed in {@code X-Request-Id} and put into the
 * log context, and records the client address and User-Agent for audit records. A client
 * may send its own request id of letters, digits and hyphens, at most 64 characters; any
 * other value is replaced.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestMetadataFilter extends OncePerRequestFilter {

	static final String REQUEST_ID_HEADER = "X-Request-Id";

	private static final Pattern VALID_REQUEST_ID = Pattern.compile("[A-Za-z0-9-]{1,64}");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String requestId = request.getHeader(REQUEST_ID_HEADER);
		if (requestId == null || !VALID_REQUEST_ID.matcher(requestId).matches()) {
			requestId = UUID.randomUUID().toString();
		}
		new RequestMetadata(request.getRemoteAddr(), request.getHeader("User-Agent"), requestId).bindTo(request);
		response.setHeader(REQUEST_ID_HEADER, requestId);
		MDC.put(LogKeys.CORRELATION_ID, requestId);
		try {
			chain.doFilter(request, response);
		}
		finally {
			MDC.remove(LogKeys.CORRELATION_ID);
		}
	}

}
