package com.pettoyou.payments.service;

import java.time.Instant;
import java.util.UUID;

/**
 * A refund of part or all of a payment, in whole won.
 *
 * @param reason the finance operator's reason; stored, never logged or audited
 * @param requestedBy the operator's account
 */
public record Refund(UUID id, UUID paymentId, long amount, String reason, UUID requestedBy, RefundStatus status,
		Instant createdAt) {

	@Override
	public String toString() {
		return "Refund[id=" + id + ", paymentId=" + paymentId + ", amount=" + amount + ", status=" + status + "]";
	}

}
