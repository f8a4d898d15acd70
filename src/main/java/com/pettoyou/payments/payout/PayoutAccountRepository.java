package com.pettoyou.payments.payout;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.pettoyou.crypto.EncryptedValue;

/**
 * SQL access to {@code payout_account}, which stores ciphertext and the last four digits.
 */
@Repository
class PayoutAccountRepository {

	static final String TABLE = "payout_account";

	private final JdbcClient jdbc;

	PayoutAccountRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Stores the account of an owner, replacing an earlier one.
	 * @return whether an earlier account was replaced
	 */
	boolean upsert(StoredAccount account) {
		Boolean inserted = jdbc.sql("""
				INSERT INTO payout_account (account_id, bank_code, account_number_encrypted, account_number_last4,
				    holder_name_encrypted, created_at, updated_at)
				VALUES (:account, :bank, :number, :last4, :holder, :now, :now)
				ON CONFLICT (account_id) DO UPDATE SET bank_code = EXCLUDED.bank_code,
				    account_number_encrypted = EXCLUDED.account_number_encrypted,
				    account_number_last4 = EXCLUDED.account_number_last4,
				    holder_name_encrypted = EXCLUDED.holder_name_encrypted, updated_at = EXCLUDED.updated_at
				RETURNING (xmax = 0) AS inserted
				""")
			.param("account", account.accountId())
			.param("bank", account.bankCode())
			.param("number", account.accountNumber().toBytes())
			.param("last4", account.last4())
			.param("holder", account.holderName().toBytes())
			.param("now", account.updatedAt().atOffset(ZoneOffset.UTC))
			.query(Boolean.class)
			.single();
		return !inserted;
	}

	Optional<StoredAccount> find(UUID accountId) {
		return jdbc.sql("""
				SELECT account_id, bank_code, account_number_encrypted, account_number_last4, holder_name_encrypted,
				    updated_at
				FROM payout_account WHERE account_id = :account
				""")
			.param("account", accountId)
			.query((row, rowNumber) -> new StoredAccount(row.getObject("account_id", UUID.class),
					row.getString("bank_code"), EncryptedValue.fromBytes(row.getBytes("account_number_encrypted")),
					row.getString("account_number_last4"),
					EncryptedValue.fromBytes(row.getBytes("holder_name_encrypted")),
					row.getObject("updated_at", OffsetDateTime.class).toInstant()))
			.optional();
	}

	/** A row of {@code payout_account} with its account number and name encrypted. */
	record StoredAccount(UUID accountId, String bankCode, EncryptedValue accountNumber, String last4,
			EncryptedValue holderName, Instant updatedAt) {
	}

}
