package com.pettoyou.payments.service;

import java.util.UUID;

/**
 * The response to a refund request, stored under its {@code Idempotency-Key} and returned
 * again for every repeat.
 *
 * @param id the refund id
 * @param amount the refunded amount in won
 */
public record RefundReceipt(UUID id, UUID paymentId, long amount, RefundStatus status) {

}
