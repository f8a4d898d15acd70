package com.pettoyou.records.service;

import java.util.UUID;

import org.springframework.stereotype.Component;

import com.pettoyou.crypto.AssociatedData;
import com.pettoyou.crypto.DecryptionFailedException;
import com.pettoyou.crypto.EncryptedValue;
import com.pettoyou.crypto.FieldEncryptor;

/**
 * Encrypts and decrypts the clinical text of records, each value bound to its table,
 * column and row. A value that fails to decrypt raises the field encryptor's critical
 * security event, so the client sees only a generic 500.
 */
@Component
class RecordCipher {

	private final FieldEncryptor encryptor;

	RecordCipher(FieldEncryptor encryptor) {
		this.encryptor = encryptor;
	}

	/** Encrypts a value, or returns {@code null} for a {@code null} one. */
	EncryptedValue encrypt(String plaintext, String table, String column, UUID rowId) {
		return (plaintext != null) ? encryptor.encrypt(plaintext, new AssociatedData(table, column, rowId)) : null;
	}

	/**
	 * Decrypts a value, or returns {@code null} for a {@code null} one.
	 * @throws DecryptionFailedException if the stored value was changed or moved
	 */
	String decrypt(EncryptedValue value, String table, String column, UUID rowId) {
		return (value != null) ? encryptor.decrypt(value, new AssociatedData(table, column, rowId)) : null;
	}

}
