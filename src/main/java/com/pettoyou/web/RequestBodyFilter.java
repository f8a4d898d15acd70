package com.pettoyou.web;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import com.pettoyou.common.ErrorCodes;

/**
 * Guards request bodies before any controller reads them. A body declared larger than
 * {@code pettoyou.web.max-json-body} gets 413 {@code payload_too_large} at once, and a
 * chunked or under-declared body is cut off by {@link SizeLimitedRequest} when it passes
 * the limit. Plain-text and form bodies, which a browser may send cross-site without a
 * CORS preflight, get 415 {@code unsupported_media_type}, except form bodies on the
 * security console's forms in {@link #FORM_ENDPOINTS}. Multipart bodies are accepted only
 * on the upload endpoints in {@link #UPLOAD_ENDPOINTS}, where the servlet multipart
 * limits ({@code spring.servlet.multipart.*}) bound them instead. They get 415 on every
 * other path, because the container would otherwise parse a multipart body of any path up
 * to those larger limits.
 */
class RequestBodyFilter extends OncePerRequestFilter {

	private static final Set<String> REJECTED_TYPES = Set.of("text/plain", "application/x-www-form-urlencoded");

	/**
	 * Method and path, without the context path, of each endpoint that takes multipart.
	 */
	static final Set<String> UPLOAD_ENDPOINTS = Set.of("POST /api/v1/documents");

	/**
	 * Method and path of each security console form, which a browser posts as
	 * {@code application/x-www-form-urlencoded}. The sign-in form checks that the post
	 * comes from the console's own origin, and the others carry the session's CSRF token.
	 */
	static final Set<String> FORM_ENDPOINTS = Set.of("POST /console/sign-in", "POST /console/verify",
			"POST /console/sign-out");

	private final long maxBytes;

	private final ProblemResponses problems;

	RequestBodyFilter(long maxBytes, ProblemResponses problems) {
		this.maxBytes = maxBytes;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String contentType = request.getContentType();
		if (contentType != null && isRejectedType(contentType) && !isConsoleForm(request, contentType)) {
			problems.write(request, response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, ErrorCodes.UNSUPPORTED_MEDIA_TYPE);
			return;
		}
		if (isMultipart(contentType)) {
			if (!isUploadEndpoint(request)) {
				problems.write(request, response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, ErrorCodes.UNSUPPORTED_MEDIA_TYPE);
				return;
			}
			chain.doFilter(request, response);
			return;
		}
		if (request.getContentLengthLong() > maxBytes) {
			problems.write(request, response, HttpStatus.CONTENT_TOO_LARGE, ErrorCodes.PAYLOAD_TOO_LARGE);
			return;
		}
		chain.doFilter(new SizeLimitedRequest(request, maxBytes), response);
	}

	private static boolean isRejectedType(String contentType) {
		try {
			MediaType type = MediaType.parseMediaType(contentType);
			return REJECTED_TYPES.contains(type.getType() + "/" + type.getSubtype());
		}
		catch (InvalidMediaTypeException ex) {
			// Spring MVC rejects an unparseable Content-Type with 415 itself.
			return false;
		}
	}

	private static boolean isUploadEndpoint(HttpServletRequest request) {
		return UPLOAD_ENDPOINTS.contains(route(request));
	}

	private static boolean isConsoleForm(HttpServletRequest request, String contentType) {
		return MediaType.APPLICATION_FORM_URLENCODED.isCompatibleWith(MediaType.parseMediaType(contentType))
				&& FORM_ENDPOINTS.contains(route(request));
	}

	private static String route(HttpServletRequest request) {
		return request.getMethod() + " " + request.getRequestURI().substring(request.getContextPath().length());
	}

	private static boolean isMultipart(String contentType) {
		return contentType != null && contentType.regionMatches(true, 0, "multipart/", 0, "multipart/".length());
	}

}
