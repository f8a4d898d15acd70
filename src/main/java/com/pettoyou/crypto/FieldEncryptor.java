package com.pettoyou.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;

import com.google.crypto.tink.Aead;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;

import com.pettoyou.common.RequestMetadata;
import com.pettoyou.common.SecurityEvent;
import com.pettoyou.crypto.internal.LengthPrefixedEncoding;

/**
 * Encrypts and decrypts string fields at rest with AES-256-GCM from the
 * {@code FIELD_ENCRYPTION} keyset. Every call draws a random 12-byte nonce, so equal
 * plaintexts give different ciphertexts; search by value through {@link BlindIndexer}
 * instead. Each ciphertext is bound to its {@link AssociatedData} and names the key that
 * encrypted it, so it still decrypts after a new primary key is added to the keyset. A
 * value that fails to decrypt raises a critical {@value #DECRYPTION_EVENT} security event
 * before the failure propagates, so the client sees only a generic 500.
 */
public class FieldEncryptor {

	/** Type of the security event raised when a stored value does not decrypt. */
	public static final String DECRYPTION_EVENT = "DECRYPTION_FAILED";

	private static final Logger log = LoggerFactory.getLogger(FieldEncryptor.class);

	private final Aead aead;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	/**
	 * Creates an encryptor that raises no security event, for tests of the cipher alone.
	 */
	FieldEncryptor(Aead aead) {
		this(aead, null, Clock.systemUTC());
	}

	FieldEncryptor(Aead aead, ApplicationEventPublisher events, Clock clock) {
		this.aead = aead;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Encrypts a field value for the given table, column and row.
	 * @param plaintext the value, possibly empty
	 * @param binding where the value is stored
	 * @return the ciphertext to store
	 * @throws NullPointerException if an argument is {@code null}
	 * @throws IllegalArgumentException if the plaintext contains an unpaired surrogate
	 */
	public EncryptedValue encrypt(String plaintext, AssociatedData binding) {
		Objects.requireNonNull(plaintext, "plaintext must not be null");
		Objects.requireNonNull(binding, "binding must not be null");
		byte[] utf8 = LengthPrefixedEncoding.utf8(plaintext);
		try {
			return EncryptedValue.fromBytes(this.aead.encrypt(utf8, binding.toBytes()));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(
					"Encrypting a value for " + binding.table() + "." + binding.column() + " failed", ex);
		}
		finally {
			Arrays.fill(utf8, (byte) 0);
		}
	}

	/**
	 * Decrypts a field value stored at the given table, column and row.
	 * @param value the stored ciphertext
	 * @param binding where the value is stored, as given to {@link #encrypt}
	 * @return the plaintext
	 * @throws DecryptionFailedException if the ciphertext was modified, was encrypted for
	 * another binding, or names a key that is not in the keyset
	 * @throws NullPointerException if an argument is {@code null}
	 */
	public String decrypt(EncryptedValue value, AssociatedData binding) {
		Objects.requireNonNull(value, "value must not be null");
		Objects.requireNonNull(binding, "binding must not be null");
		try {
			byte[] utf8 = this.aead.decrypt(value.toBytes(), binding.toBytes());
			String plaintext = new String(utf8, StandardCharsets.UTF_8);
			Arrays.fill(utf8, (byte) 0);
			return plaintext;
		}
		catch (GeneralSecurityException ex) {
			reportFailure(value, binding);
			throw new DecryptionFailedException(binding, value.keyId(), ex);
		}
	}

	private void reportFailure(EncryptedValue value, AssociatedData binding) {
		log.atError()
			.addKeyValue("table", binding.table())
			.addKeyValue("column", binding.column())
			.addKeyValue("row_id", binding.rowId())
			.log("A stored value did not decrypt");
		if (this.events != null) {
			Map<String, String> details = Map.of("table", binding.table(), "column", binding.column(), "rowId",
					binding.rowId().toString(), "keyId", Long.toString(value.keyId()));
			this.events.publishEvent(new SecurityEvent(DECRYPTION_EVENT, SecurityEvent.Severity.CRITICAL, null,
					RequestMetadata.current().clientAddress(), this.clock.instant(), details));
		}
	}

}
