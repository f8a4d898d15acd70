package com.pettoyou.payments.service;

/** The effect of a gateway webhook event on the payment or refund it names. */
public enum SettlementOutcome {

	/** The event settled a pending payment or refund. */
	APPLIED,

	/**
	 * The event changed nothing: the payment or refund is already settled, or the event's
	 * amount differs from the stored one.
	 */
	IGNORED

}
