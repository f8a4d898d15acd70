package com.pettoyou.payments.payout;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import com.pettoyou.crypto.AssociatedData;
import com.pettoyou.crypto.EncryptedValue;
import com.pettoyou.crypto.FieldEncryptor;
import com.pettoyou.payments.payout.PayoutAccountRepository.StoredAccount;

/**
 * Encrypts payout accounts on the way into {@code payout_account} and decrypts them on
 * the way out. The account number and the holder's name are each bound to their column
 * and the owner's account id. A value that fails to decrypt raises the field encryptor's
 * critical security event.
 */
@Component
class PayoutAccountStore {

	private static final String ACCOUNT_NUMBER = "account_number";

	private static final String HOLDER_NAME = "holder_name";

	private final PayoutAccountRepository accounts;

	private final FieldEncryptor encryptor;

	PayoutAccountStore(PayoutAccountRepository accounts, FieldEncryptor encryptor) {
		this.accounts = accounts;
		this.encryptor = encryptor;
	}

	/**
	 * Stores an account, replacing an earlier one of the same owner.
	 * @param digits the account number without hyphens
	 * @return whether an earlier account was replaced
	 */
	boolean save(UUID accountId, String bankCode, String digits, String holderName, Instant now) {
		return accounts.upsert(new StoredAccount(accountId, bankCode,
				encryptor.encrypt(digits, binding(ACCOUNT_NUMBER, accountId)), PayoutAccountNumbers.last4(digits),
				encryptor.encrypt(holderName, binding(HOLDER_NAME, accountId)), now));
	}

	/** Returns an owner's payout account decrypted, or empty when they have none. */
	Optional<PayoutAccount> find(UUID accountId) {
		return accounts.find(accountId)
			.map((stored) -> new PayoutAccount(accountId, stored.bankCode(),
					decrypt(stored.accountNumber(), ACCOUNT_NUMBER, accountId),
					decrypt(stored.holderName(), HOLDER_NAME, accountId), stored.updatedAt()));
	}

	private String decrypt(EncryptedValue value, String column, UUID accountId) {
		return encryptor.decrypt(value, binding(column, accountId));
	}

	private static AssociatedData binding(String column, UUID accountId) {
		return new AssociatedData(PayoutAccountRepository.TABLE, column, accountId);
	}

}
