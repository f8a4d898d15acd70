package com.pettoyou.payments.gateway;

/**
 * The gateway's response to a charge or refund.
 *
 * @param outcome what the gateway decided
 * @param reference the gateway's id of the transaction, or {@code null} unless approved
 * @param declineCode a lower-case code such as {@code card_declined}, or {@code null}
 * unless declined
 */
public record GatewayResult(Outcome outcome, String reference, String declineCode) {

	public static GatewayResult approved(String reference) {
		return new GatewayResult(Outcome.APPROVED, reference, null);
	}

	public static GatewayResult declined(String declineCode) {
		return new GatewayResult(Outcome.DECLINED, null, declineCode);
	}

	public static GatewayResult timedOut() {
		return new GatewayResult(Outcome.TIMED_OUT, null, null);
	}

	/** The gateway's decision. */
	public enum Outcome {

		/** The money moved. */
		APPROVED,

		/** The gateway refused, and no money moved. */
		DECLINED,

		/** No response arrived in time, so the money may or may not have moved. */
		TIMED_OUT

	}

}
