package com.pettoyou.crypto;

/**
 * Thrown when a field or content ciphertext does not decrypt: its bytes were changed, it
 * was copied from another table, column or row, or no key in the keyset has its key id.
 * The message names the binding and the key id, never the plaintext, the ciphertext or
 * key material.
 */
public class DecryptionFailedException extends RuntimeException {

	DecryptionFailedException(AssociatedData binding, long keyId, Throwable cause) {
		super("Decrypting " + binding.table() + "." + binding.column() + " of row " + binding.rowId() + " with key id "
				+ keyId + " failed: the value was modified or belongs to another row or column", cause);
	}

}
