package com.pettoyou.crypto.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Table {@code crypto_keyset}: one encrypted Tink keyset per {@link KeyPurpose}. The
 * application role may select, insert and update rows but not delete them.
 */
public class KeysetRepository {

	private final JdbcClient jdbc;

	public KeysetRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Finds the encrypted keyset of a purpose.
	 * @param purpose the purpose
	 * @return the stored bytes, or empty if no row exists yet
	 */
	public Optional<byte[]> find(KeyPurpose purpose) {
		return this.jdbc.sql("SELECT encrypted_keyset FROM crypto_keyset WHERE purpose = :purpose")
			.param("purpose", purpose.name())
			.query(byte[].class)
			.optional();
	}

	/**
	 * Inserts the encrypted keyset of a purpose unless a row for it exists. When two
	 * instances insert at once, PostgreSQL keeps exactly one row and the other insert
	 * does nothing, so callers must re-read with {@link #find} to learn which keyset won.
	 * @param purpose the purpose
	 * @param encryptedKeyset the keyset encrypted under the master key
	 * @param now the creation time
	 * @return {@code true} if this call inserted the row
	 */
	public boolean insertIfAbsent(KeyPurpose purpose, byte[] encryptedKeyset, Instant now) {
		OffsetDateTime timestamp = now.atOffset(ZoneOffset.UTC);
		int inserted = this.jdbc.sql("""
				INSERT INTO crypto_keyset (purpose, encrypted_keyset, created_at, updated_at)
				VALUES (:purpose, :keyset, :now, :now)
				ON CONFLICT (purpose) DO NOTHING""")
			.param("purpose", purpose.name())
			.param("keyset", encryptedKeyset)
			.param("now", timestamp)
			.update();
		return inserted == 1;
	}

}
