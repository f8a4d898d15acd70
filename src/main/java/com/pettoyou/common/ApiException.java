package com.pettoyou.common;

import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * A failure that the web edge turns into an RFC 9457 problem response with the given
 * status and stable {@code code}. The detail is written for clients, so it never carries
 * input values, secrets or exception text.
 */
public class ApiException extends RuntimeException {

	private final HttpStatus status;

	private final String code;

	private final List<FieldViolation> fieldViolations;

	public ApiException(HttpStatus status, String code, String detail) {
		this(status, code, detail, List.of());
	}

	public ApiException(HttpStatus status, String code, String detail, List<FieldViolation> fieldViolations) {
		super(detail, null, false, false);
		this.status = status;
		this.code = code;
		this.fieldViolations = List.copyOf(fieldViolations);
	}

	public HttpStatus status() {
		return status;
	}

	public String code() {
		return code;
	}

	public List<FieldViolation> fieldViolations() {
		return fieldViolations;
	}

	/** Returns a 400 {@code validation_failed} error naming one field and its rule. */
	public static ApiException invalidField(String field, String code) {
		return new ApiException(HttpStatus.BAD_REQUEST, ErrorCodes.VALIDATION_FAILED, "The request is invalid.",
				List.of(new FieldViolation(field, code)));
	}

	public static ApiException notFound() {
		return new ApiException(HttpStatus.NOT_FOUND, ErrorCodes.NOT_FOUND, "The resource was not found.");
	}

	public static ApiException forbidden() {
		return new ApiException(HttpStatus.FORBIDDEN, ErrorCodes.FORBIDDEN, "You may not perform this action.");
	}

	public static ApiException conflict(String detail) {
		return new ApiException(HttpStatus.CONFLICT, ErrorCodes.CONFLICT, detail);
	}

	/** One rejected field of a request: its name and the lower-case rule it broke. */
	public record FieldViolation(String field, String code) {
	}

}
