package com.pettoyou.web;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

import com.pettoyou.common.LogKeys;
import com.pettoyou.common.RequestMetadata;

/**
 * Gives every request a correlation id, echoed in {@code X-Request-Id} and put into the
 * log context, and records the client address and User-Agent for audit records and rate
 * limits. A client may send its own request id of letters, digits and hyphens, at most 64
 * characters; any other value is replaced. The client address comes from
 * {@link ClientAddressResolver}, so a forged {@code X-Forwarded-For} from an untrusted
 * peer is ignored.
 */
class RequestMetadataFilter extends OncePerRequestFilter {

	static final String REQUEST_ID_HEADER = "X-Request-Id";

	private static final String ATTRIBUTE = RequestMetadataFilter.class.getName() + ".metadata";

	private static final Pattern VALID_REQUEST_ID = Pattern.compile("[A-Za-z0-9-]{1,64}");

	private final ClientAddressResolver addresses;

	RequestMetadataFilter(ClientAddressResolver addresses) {
		this.addresses = addresses;
	}

	/**
	 * Returns the metadata that this filter stored on the request. Filters that run
	 * before Spring's request context exists use this instead of
	 * {@link RequestMetadata#current()}.
	 */
	static RequestMetadata metadataOf(HttpServletRequest request) {
		Object value = request.getAttribute(ATTRIBUTE);
		return (value instanceof RequestMetadata metadata) ? metadata : RequestMetadata.current();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String requestId = request.getHeader(REQUEST_ID_HEADER);
		if (requestId == null || !VALID_REQUEST_ID.matcher(requestId).matches()) {
			requestId = UUID.randomUUID().toString();
		}
		RequestMetadata metadata = new RequestMetadata(addresses.resolve(request), request.getHeader("User-Agent"),
				requestId);
		metadata.bindTo(request);
		request.setAttribute(ATTRIBUTE, metadata);
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
