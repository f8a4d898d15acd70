package com.pettoyou.payments.service;

/** The state of a refund. */
public enum RefundStatus {

	/** The gateway has not decided yet; a webhook event settles it. */
	PENDING,

	/** The money went back to the payer. */
	SUCCEEDED,

	/** The gateway refused the refund, and no money moved. */
	DECLINED

}
