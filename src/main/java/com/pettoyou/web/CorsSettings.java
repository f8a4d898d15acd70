package com.pettoyou.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.DefaultCorsProcessor;
import org.springframework.web.filter.CorsFilter;

import com.pettoyou.common.ErrorCodes;
import com.pettoyou.identity.SessionCookies;

/**
 * Cross-origin rules. With no allowed origins no response carries CORS headers, so
 * browsers block every cross-origin call. Listed origins are echoed exactly, with
 * credentials allowed; a request from any other origin gets 403 {@code forbidden}.
 */
final class CorsSettings {

	private static final List<String> METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE");

	private static final List<String> REQUEST_HEADERS = List.of(HttpHeaders.AUTHORIZATION, HttpHeaders.CONTENT_TYPE,
			SessionCookies.CSRF_HEADER, RequestMetadataFilter.REQUEST_ID_HEADER, "Idempotency-Key", "Access-Purpose");

	private static final List<String> EXPOSED_HEADERS = List.of(RequestMetadataFilter.REQUEST_ID_HEADER,
			HttpHeaders.RETRY_AFTER, RateLimitFilter.LIMIT_HEADER, RateLimitFilter.REMAINING_HEADER,
			RateLimitFilter.RESET_HEADER);

	private CorsSettings() {
	}

	/** Returns a CORS filter that writes rejections as problem details. */
	static CorsFilter filter(List<String> allowedOrigins, ProblemResponses problems) {
		CorsFilter filter = new CorsFilter(source(allowedOrigins));
		filter.setCorsProcessor(new ProblemCorsProcessor(problems));
		return filter;
	}

	private static CorsConfigurationSource source(List<String> allowedOrigins) {
		if (allowedOrigins.isEmpty()) {
			return (request) -> null;
		}
		CorsConfiguration configuration = new CorsConfiguration();
		configuration.setAllowedOrigins(allowedOrigins);
		configuration.setAllowedMethods(METHODS);
		configuration.setAllowedHeaders(REQUEST_HEADERS);
		configuration.setExposedHeaders(EXPOSED_HEADERS);
		configuration.setAllowCredentials(true);
		configuration.setMaxAge(600L);
		return (request) -> configuration;
	}

	/** Writes 403 problem details instead of Spring's plain-text rejection. */
	private static final class ProblemCorsProcessor extends DefaultCorsProcessor {

		private final ProblemResponses problems;

		ProblemCorsProcessor(ProblemResponses problems) {
			this.problems = problems;
		}

		@Override
		public boolean processRequest(CorsConfiguration configuration, HttpServletRequest request,
				HttpServletResponse response) throws IOException {
			return super.processRequest(configuration, request, new RequestBoundResponse(request, response));
		}

		@Override
		protected void rejectRequest(ServerHttpResponse response) throws IOException {
			HttpServletResponse servletResponse = ((ServletServerHttpResponse) response).getServletResponse();
			RequestBoundResponse bound = (RequestBoundResponse) servletResponse;
			problems.write(bound.request, bound.original, HttpStatus.FORBIDDEN, ErrorCodes.FORBIDDEN);
		}

	}

	/** Carries the request to {@code rejectRequest}, whose signature lacks it. */
	private static final class RequestBoundResponse extends HttpServletResponseWrapper {

		private final HttpServletRequest request;

		private final HttpServletResponse original;

		RequestBoundResponse(HttpServletRequest request, HttpServletResponse response) {
			super(response);
			this.request = request;
			this.original = response;
		}

	}

}
