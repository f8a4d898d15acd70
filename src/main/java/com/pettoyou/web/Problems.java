package com.pettoyou.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import com.pettoyou.common.ApiException.FieldViolation;
import com.pettoyou.common.ErrorCodes;

/**
 * Builds the RFC 9457 problem details that every error response of the API carries:
 * {@code type}, {@code title}, {@code status}, {@code detail}, {@code instance},
 * {@code code}, {@code correlationId} and, for rejected fields, {@code errors}. The
 * detail is a fixed sentence per code, so no input value or exception text reaches a
 * client.
 */
final class Problems {

	private static final String TYPE_PREFIX = "urn:pettoyou:problem:";

	private static final Map<String, String> DETAILS = Map.ofEntries(
			Map.entry(ErrorCodes.VALIDATION_FAILED, "The request is invalid."),
			Map.entry(ErrorCodes.UNAUTHORIZED, "Authentication is required."),
			Map.entry(ErrorCodes.FORBIDDEN, "You may not perform this action."),
			Map.entry(ErrorCodes.NOT_FOUND, "The resource was not found."),
			Map.entry(ErrorCodes.METHOD_NOT_ALLOWED, "The method is not allowed for this resource."),
			Map.entry(ErrorCodes.NOT_ACCEPTABLE, "The requested media type cannot be produced."),
			Map.entry(ErrorCodes.PAYLOAD_TOO_LARGE, "The request body is too large."),
			Map.entry(ErrorCodes.UNSUPPORTED_MEDIA_TYPE, "The request body must be application/json."),
			Map.entry(ErrorCodes.RATE_LIMITED, "Too many requests. Retry after the number of seconds in Retry-After."),
			Map.entry(ErrorCodes.SERVICE_UNAVAILABLE, "The service is temporarily unavailable. Try again later."),
			Map.entry(ErrorCodes.INTERNAL_ERROR,
					"An unexpected error occurred. Quote the correlation id when reporting it."));

	private Problems() {
	}

	/** Returns the problem for a code with its standard detail sentence. */
	static ProblemDetail of(HttpStatus status, String code, HttpServletRequest request) {
		return of(status, code, detailOf(code, status), List.of(), request);
	}

	/** Returns a 400 {@code validation_failed} problem listing the rejected fields. */
	static ProblemDetail invalid(List<FieldViolation> violations, HttpServletRequest request) {
		return of(HttpStatus.BAD_REQUEST, ErrorCodes.VALIDATION_FAILED, DETAILS.get(ErrorCodes.VALIDATION_FAILED),
				violations, request);
	}

	/**
	 * Returns a problem with a detail written by the caller, which must be safe to show
	 * to clients.
	 */
	static ProblemDetail of(HttpStatus status, String code, String detail, List<FieldViolation> violations,
			HttpServletRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create(TYPE_PREFIX + code));
		problem.setTitle(status.getReasonPhrase());
		problem.setInstance(instanceOf(request));
		problem.setProperty("code", code);
		problem.setProperty("correlationId", RequestMetadataFilter.metadataOf(request).correlationId());
		if (!violations.isEmpty()) {
			problem.setProperty("errors", violations);
		}
		return problem;
	}

	/**
	 * Returns the standard detail sentence of a code, or the status phrase without one.
	 */
	static String detailOf(String code, HttpStatus status) {
		return DETAILS.getOrDefault(code, status.getReasonPhrase());
	}

	/** Returns the code that an error status gets when nothing more specific is known. */
	static String codeOf(HttpStatus status) {
		// By number, because 413 has two enum constants.
		return switch (status.value()) {
			case 400 -> ErrorCodes.VALIDATION_FAILED;
			case 401 -> ErrorCodes.UNAUTHORIZED;
			case 403 -> ErrorCodes.FORBIDDEN;
			case 404 -> ErrorCodes.NOT_FOUND;
			case 405 -> ErrorCodes.METHOD_NOT_ALLOWED;
			case 406 -> ErrorCodes.NOT_ACCEPTABLE;
			case 413 -> ErrorCodes.PAYLOAD_TOO_LARGE;
			case 415 -> ErrorCodes.UNSUPPORTED_MEDIA_TYPE;
			case 429 -> ErrorCodes.RATE_LIMITED;
			case 503 -> ErrorCodes.SERVICE_UNAVAILABLE;
			default -> status.is5xxServerError() ? ErrorCodes.INTERNAL_ERROR : ErrorCodes.VALIDATION_FAILED;
		};
	}

	private static URI instanceOf(HttpServletRequest request) {
		try {
			return URI.create(request.getRequestURI());
		}
		catch (IllegalArgumentException ex) {
			// A path that the firewall rejects may not be a valid URI reference.
			return null;
		}
	}

}
