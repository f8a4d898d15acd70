package com.pettoyou.common;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Origin of the current request: the resolved client address, the User-Agent and the
 * correlation id. The web edge stores it once per request; audit records and security
 * events read it from here.
 *
 * @param clientAddress the client address after trusted-proxy resolution
 * @param userAgent the User-Agent header, or {@code null}
 * @param correlationId the request id echoed in {@code X-Request-Id}
 */
public record RequestMetadata(String clientAddress, String userAgent, String correlationId) {

	private static final String ATTRIBUTE = RequestMetadata.class.getName();

	private static final RequestMetadata NONE = new RequestMetadata(null, null, null);

	/**
	 * Returns the metadata of the request on this thread, or empty values outside a
	 * request.
	 */
	public static RequestMetadata current() {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		if (attributes == null) {
			return NONE;
		}
		Object value = attributes.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
		return (value instanceof RequestMetadata metadata) ? metadata : NONE;
	}

	/** Stores this metadata on a servlet request, where {@link #current()} finds it. */
	public void bindTo(jakarta.servlet.ServletRequest request) {
		request.setAttribute(ATTRIBUTE, this);
	}

}
