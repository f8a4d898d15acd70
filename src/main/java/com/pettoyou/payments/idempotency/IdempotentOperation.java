package com.pettoyou.payments.idempotency;

/**
 * The operations that take an {@code Idempotency-Key}. One key belongs to one operation
 * of one account; payout retries will add a value here.
 */
public enum IdempotentOperation {

	CREATE_PAYMENT,

	REFUND_PAYMENT

}
