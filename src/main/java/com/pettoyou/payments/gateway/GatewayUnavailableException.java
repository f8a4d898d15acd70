package com.pettoyou.payments.gateway;

/**
 * Thrown when the payment gateway cannot be reached or is not configured, before any
 * money could move. The request fails with 503 and may be retried with the same
 * idempotency key.
 */
public class GatewayUnavailableException extends RuntimeException {

	public GatewayUnavailableException(String message) {
		super(message);
	}

}
