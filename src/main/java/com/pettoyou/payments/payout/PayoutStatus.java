package com.pettoyou.payments.payout;

/** The state of a payout. */
public enum PayoutStatus {

	/** The recipient has no payout account yet; a retry sends it once they set one. */
	PENDING_ACCOUNT,

	/**
	 * Not sent yet, or sent without a decision from the gateway; a retry repeats the last
	 * call under the same gateway idempotency key.
	 */
	PENDING,

	/** The gateway paid it. Final. */
	SUCCEEDED,

	/**
	 * The gateway declined it or could not be reached; a retry calls it again under a new
	 * gateway idempotency key.
	 */
	FAILED

}
