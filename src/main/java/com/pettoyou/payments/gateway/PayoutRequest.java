package com.pettoyou.payments.gateway;

import java.util.UUID;

/**
 * A payout to send to the gateway. {@link #toString()} leaves out the account number and
 * the holder's name.
 *
 * @param payoutId the platform's payout id
 * @param amount whole won, from 1 to 10,000,000
 * @param bankCode the receiving bank's three-digit code
 * @param accountNumber the receiving account number, digits only
 * @param holderName the name of the account holder
 * @param idempotencyKey the gateway idempotency key, the same for every repeat of a call
 * whose outcome is unknown
 */
public record PayoutRequest(UUID payoutId, long amount, String bankCode, String accountNumber, String holderName,
		String idempotencyKey) {

	@Override
	public String toString() {
		return "PayoutRequest[payoutId=" + payoutId + ", amount=" + amount + ", bankCode=" + bankCode + "]";
	}

}
