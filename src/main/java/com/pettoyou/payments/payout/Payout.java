package com.pettoyou.payments.payout;

import java.time.Instant;
import java.util.UUID;

/**
 * The money sent to a policyholder for an approved claim. Amounts are whole won.
 *
 * @param recipientId the account that submitted the claim and receives the money
 * @param attempts how many times the gateway was called
 * @param keySequence the number in the gateway idempotency key of the next call
 * @param bankCode the bank of the latest attempt, or {@code null} before the first
 * @param accountNumberLast4 the last four digits of the account of the latest attempt, or
 * {@code null} before the first
 * @param gatewayReference the gateway's transaction id, or {@code null} unless it
 * succeeded
 * @param failureCode why the latest attempt did not succeed, such as
 * {@code account_closed}, {@code gateway_timeout} or {@code gateway_unavailable}, or
 * {@code null}
 */
public record Payout(UUID id, UUID claimId, UUID recipientId, long amount, PayoutStatus status, int attempts,
		int keySequence, String bankCode, String accountNumberLast4, String gatewayReference, String failureCode,
		Instant createdAt, Instant updatedAt, Instant paidAt) {

	/** Returns the masked account number of the latest attempt, or {@code null}. */
	public String maskedAccountNumber() {
		return (accountNumberLast4 != null) ? PayoutAccountNumbers.mask(accountNumberLast4) : null;
	}

}
