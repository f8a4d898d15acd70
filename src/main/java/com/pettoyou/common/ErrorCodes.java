package com.pettoyou.common;

/** The stable {@code code} values of problem responses that clients may branch on. */
public final class ErrorCodes {

	public static final String VALIDATION_FAILED = "validation_failed";

	public static final String INVALID_CREDENTIALS = "invalid_credentials";

	public static final String ACCOUNT_LOCKED = "account_locked";

	public static final String UNAUTHORIZED = "unauthorized";

	public static final String FORBIDDEN = "forbidden";

	public static final String NOT_FOUND = "not_found";

	public static final String METHOD_NOT_ALLOWED = "method_not_allowed";

	public static final String CONFLICT = "conflict";

	public static final String RATE_LIMITED = "rate_limited";

	public static final String PAYLOAD_TOO_LARGE = "payload_too_large";

	public static final String UNSUPPORTED_MEDIA_TYPE = "unsupported_media_type";

	public static final String NOT_ACCEPTABLE = "not_acceptable";

	public static final String SERVICE_UNAVAILABLE = "service_unavailable";

	public static final String INTERNAL_ERROR = "internal_error";

	/**
	 * An {@code Idempotency-Key} sent again with another body or on another operation.
	 */
	public static final String IDEMPOTENCY_KEY_REUSED = "idempotency_key_reused";

	/** A refund larger than what remains refundable of its payment. */
	public static final String REFUND_EXCEEDS_PAYMENT = "refund_exceeds_payment";

	/** A claim past the number of claims an account may submit in 24 hours. */
	public static final String CLAIM_LIMIT_REACHED = "claim_limit_reached";

	private ErrorCodes() {
	}

}
