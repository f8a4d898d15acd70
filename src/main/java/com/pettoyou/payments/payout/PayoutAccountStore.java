package com.pettoyou.payments.payout;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import com.pettoyou.common.LogKeys;
import com.pettoyou.common.RequestMetadata;
import com.pettoyou.common.SecurityEvent;
import com.pettoyou.crypto.AssociatedData;
import com.pettoyou.crypto.DecryptionFailedException;
import com.pettoyou.crypto.EncryptedValue;
import com.pettoyou.crypto.FieldEncryptor;
import com.pettoyou.payments.payout.PayoutAccountRepository.StoredAccount;

/**
 * Encrypts payout accounts on the way into {@code payout_account} and decrypts them on
 * the way out. The account number and the holder's name are each bound to their column
 * and the owner's account id. A value that fails to decrypt raises a critical security
 * event before the failure propagates.
 */
@Component
class PayoutAccountStore {

	static final String DECRYPTION_EVENT = "DECRYPTION_FAILED";

	private static final String ACCOUNT_NUMBER = "account_number";

	private static final String HOLDER_NAME = "holder_name";

	private static final Logger log = LoggerFactory.getLogger(PayoutAccountStore.class);

	private final PayoutAccountRepository accounts;

	private final FieldEncryptor encryptor;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PayoutAccountStore(PayoutAccountRepository accounts, FieldEncryptor encryptor, ApplicationEventPublisher events,
			Clock clock) {
		this.accounts = accounts;
		this.encryptor = encryptor;
		this.events = events;
		this.clock = clock;
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
		try {
			return encryptor.decrypt(value, binding(column, accountId));
		}
		catch (DecryptionFailedException ex) {
			Map<String, String> details = Map.of("table", PayoutAccountRepository.TABLE, "column", column, "rowId",
					accountId.toString(), "keyId", Long.toString(value.keyId()));
			events.publishEvent(new SecurityEvent(DECRYPTION_EVENT, SecurityEvent.Severity.CRITICAL, null,
					RequestMetadata.current().clientAddress(), clock.instant(), details));
			log.atError().addKeyValue(LogKeys.ACCOUNT_ID, accountId).log("A stored payout account did not decrypt");
			throw ex;
		}
	}

	private static AssociatedData binding(String column, UUID accountId) {
		return new AssociatedData(PayoutAccountRepository.TABLE, column, accountId);
	}

}
