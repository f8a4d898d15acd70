package com.pettoyou.crypto;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.pettoyou.crypto.internal.KeyPurpose;
import com.pettoyou.crypto.internal.Keysets;
import com.pettoyou.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Field encryption in the whole application: values stored in the {@code account} table
 * through the application's own connection, as the application role.
 */
@IntegrationTest
class FieldEncryptionApplicationTests {

	@Autowired
	private FieldEncryptor encryptor;

	@Autowired
	private BlindIndexer indexer;

	@Autowired
	private Keysets keysets;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void encryptedEmailFoundByBlindIndexAndDecrypted() {
		String email = "canary-" + UUID.randomUUID() + "@example.com";
		UUID id = insertAccount(email);

		EncryptedValue stored = this.jdbc.sql("SELECT email_encrypted FROM account WHERE email_index = ?")
			.param(this.indexer.index("email", email))
			.query((rows, rowNumber) -> EncryptedValue.fromBytes(rows.getBytes(1)))
			.single();

		assertThat(this.encryptor.decrypt(stored, emailOf(id))).isEqualTo(email);
		assertThat(Bytes.indexOf(stored.toBytes(), email.getBytes(StandardCharsets.UTF_8))).isEqualTo(-1);
		assertThat(stored.keyId()).isEqualTo(primaryKeyId());
	}

	@Test
	void ciphertextCopiedToAnotherAccountFailsDecryption() {
		UUID first = insertAccount("first-" + UUID.randomUUID() + "@example.com");
		UUID second = insertAccount("second-" + UUID.randomUUID() + "@example.com");
		EncryptedValue original = readEmail(second);
		this.jdbc
			.sql("UPDATE account SET email_encrypted = (SELECT email_encrypted FROM account WHERE id = :first) "
					+ "WHERE id = :second")
			.param("first", first)
			.param("second", second)
			.update();

		EncryptedValue copied = readEmail(second);

		assertThatExceptionOfType(DecryptionFailedException.class)
			.isThrownBy(() -> this.encryptor.decrypt(copied, emailOf(second)));

		// Restores the row, so the database-wide nonce uniqueness check finds no planted
		// copy.
		this.jdbc.sql("UPDATE account SET email_encrypted = :original WHERE id = :second")
			.param("original", original.toBytes())
			.param("second", second)
			.update();
	}

	@Test
	void applicationRoleCannotDeleteKeysets() {
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.sql("DELETE FROM crypto_keyset WHERE purpose = 'NONE'").update())
			.havingRootCause()
			.withMessageContaining("permission denied for table crypto_keyset");
		assertThat(this.jdbc.sql("SELECT count(*) FROM crypto_keyset").query(Long.class).single())
			.isGreaterThanOrEqualTo(2L);
	}

	private UUID insertAccount(String email) {
		UUID id = UUID.randomUUID();
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		this.jdbc.sql("""
				INSERT INTO account (id, email_encrypted, email_index, name, role, status, created_at, updated_at)
				VALUES (:id, :email, :index, 'Test Owner', 'PET_OWNER', 'ACTIVE', :now, :now)""")
			.param("id", id)
			.param("email", this.encryptor.encrypt(email, emailOf(id)).toBytes())
			.param("index", this.indexer.index("email", email))
			.param("now", now)
			.update();
		return id;
	}

	private EncryptedValue readEmail(UUID id) {
		byte[] bytes = this.jdbc.sql("SELECT email_encrypted FROM account WHERE id = ?")
			.param(id)
			.query(byte[].class)
			.single();
		return EncryptedValue.fromBytes(bytes);
	}

	private long primaryKeyId() {
		return Integer.toUnsignedLong(this.keysets.handle(KeyPurpose.FIELD_ENCRYPTION).getPrimary().getId());
	}

	private static AssociatedData emailOf(UUID accountId) {
		return new AssociatedData("account", "email_encrypted", accountId);
	}

}
