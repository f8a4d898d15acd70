package com.pettoyou.payments.service;

/** The state of a payment. */
public enum PaymentStatus {

	/** The gateway has not decided yet; a webhook event settles it. */
	PENDING,

	/** The money was received. Refunds may follow. */
	SUCCEEDED,

	/** The gateway refused the charge, and no money moved. */
	DECLINED,

	/** Every won of the payment was refunded. */
	REFUNDED

}
