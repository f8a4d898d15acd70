package com.pettoyou.payments.payout;

import java.time.Instant;
import java.util.UUID;

/**
 * An owner's bank account for payouts, decrypted. {@link #toString()} leaves out the
 * account number and the holder's name.
 *
 * @param accountId the owner's account on the platform
 * @param bankCode the bank's three-digit code
 * @param accountNumber the account number, digits only
 * @param holderName the name of the account holder
 */
public record PayoutAccount(UUID accountId, String bankCode, String accountNumber, String holderName,
		Instant updatedAt) {

	/** Returns the masked account number, such as {@code ***-****-1234}. */
	public String maskedAccountNumber() {
		return PayoutAccountNumbers.mask(PayoutAccountNumbers.last4(accountNumber));
	}

	@Override
	public String toString() {
		return "PayoutAccount[accountId=" + accountId + ", bankCode=" + bankCode + "]";
	}

}
