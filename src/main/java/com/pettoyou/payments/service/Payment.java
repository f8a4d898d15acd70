package com.pettoyou.payments.service;

import java.time.Instant;
import java.util.UUID;

/**
 * A payment received from an account. Amounts are whole won.
 *
 * @param policyId the insurance policy whose premium this pays
 * @param refundedAmount the sum of succeeded refunds
 * @param pendingRefundAmount the sum of refunds whose outcome is not known yet
 * @param gatewayReference the gateway's transaction id, or {@code null} unless it
 * succeeded
 * @param declineCode the gateway's reason for a decline, or {@code null}
 * @param settledAt when the gateway's decision was recorded, or {@code null} while
 * pending
 */
public record Payment(UUID id, UUID payerId, UUID policyId, long amount, long refundedAmount, long pendingRefundAmount,
		PaymentStatus status, String gatewayReference, String declineCode, Instant createdAt, Instant settledAt) {

	/**
	 * Returns what may still be refunded: the amount less succeeded and pending refunds.
	 */
	public long refundableAmount() {
		return amount - refundedAmount - pendingRefundAmount;
	}

}
