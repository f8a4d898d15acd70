package com.pettoyou.payments.idempotency;

/**
 * The operations that take an {@code Idempotency-Key}. One key belongs to one operation
 * of one account. Payout retries need no key, because the payout's row lock and state
 * keep a retry from paying twice.
 */
public enum IdempotentOperation {

	CREATE_PAYMENT,

	REFUND_PAYMENT

}
