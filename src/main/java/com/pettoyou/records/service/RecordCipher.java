package com.pettoyou.records.service;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import com.pettoyou.common.RequestMetadata;
import com.pettoyou.common.SecurityEvent;
import com.pettoyou.crypto.AssociatedData;
import com.pettoyou.crypto.DecryptionFailedException;
import com.pettoyou.crypto.EncryptedValue;
import com.pettoyou.crypto.FieldEncryptor;

/**
 * Encrypts and decrypts the clinical text of records, each value bound to its table,
 * column and row. A value that fails to decrypt raises a critical security event before
 * the failure propagates, so the client sees only a generic 500.
 */
@Component
class RecordCipher {

	static final String DECRYPTION_EVENT = "DECRYPTION_FAILED";

	private static final Logger log = LoggerFactory.getLogger(RecordCipher.class);

	private final FieldEncryptor encryptor;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	RecordCipher(FieldEncryptor encryptor, ApplicationEventPublisher events, Clock clock) {
		this.encryptor = encryptor;
		this.events = events;
		this.clock = clock;
	}

	/** Encrypts a value, or returns {@code null} for a {@code null} one. */
	EncryptedValue encrypt(String plaintext, String table, String column, UUID rowId) {
		return (plaintext != null) ? encryptor.encrypt(plaintext, new AssociatedData(table, column, rowId)) : null;
	}

	/**
	 * Decrypts a value, or returns {@code null} for a {@code null} one.
	 * @throws DecryptionFailedException after publishing the security event
	 */
	String decrypt(EncryptedValue value, String table, String column, UUID rowId) {
		if (value == null) {
			return null;
		}
		try {
			return encryptor.decrypt(value, new AssociatedData(table, column, rowId));
		}
		catch (DecryptionFailedException ex) {
			Map<String, String> details = Map.of("table", table, "column", column, "rowId", rowId.toString(), "keyId",
					Long.toString(value.keyId()));
			events.publishEvent(new SecurityEvent(DECRYPTION_EVENT, SecurityEvent.Severity.CRITICAL, null,
					RequestMetadata.current().clientAddress(), clock.instant(), details));
			log.atError().addKeyValue("row_id", rowId).log("A stored medical record did not decrypt");
			throw ex;
		}
	}

}
