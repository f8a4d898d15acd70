package com.pettoyou.crypto;

import java.security.MessageDigest;
import java.util.Arrays;

/**
 * A field ciphertext as stored in a {@code bytea} column: Tink AEAD output made of a
 * 5-byte prefix (the version byte {@code 0x01} and the 4-byte big-endian id of the key
 * that encrypted it), a 12-byte nonce, the encrypted bytes and a 16-byte tag. Instances
 * are immutable, and {@link #toString()} shows only the key id.
 */
public final class EncryptedValue {

	/** Length of the Tink prefix: one version byte and a 4-byte key id. */
	static final int PREFIX_LENGTH = 5;

	/** Length of the AES-GCM nonce that follows the prefix. */
	static final int NONCE_LENGTH = 12;

	private static final int TAG_LENGTH = 16;

	private static final int MIN_LENGTH = PREFIX_LENGTH + NONCE_LENGTH + TAG_LENGTH;

	private final byte[] bytes;

	private EncryptedValue(byte[] bytes) {
		this.bytes = bytes;
	}

	/**
	 * Wraps stored ciphertext bytes, copying them. Whether the bytes decrypt is checked
	 * only by {@link FieldEncryptor#decrypt}.
	 * @param bytes the stored bytes, at least 33 long (prefix, nonce and tag)
	 * @return the value
	 * @throws IllegalArgumentException if the bytes are {@code null} or shorter than 33
	 */
	public static EncryptedValue fromBytes(byte[] bytes) {
		if (bytes == null) {
			throw new IllegalArgumentException("Encrypted value bytes must not be null");
		}
		if (bytes.length < MIN_LENGTH) {
			throw new IllegalArgumentException("Encrypted value is " + bytes.length
					+ " bytes long, but a field ciphertext is at least " + MIN_LENGTH + " bytes");
		}
		return new EncryptedValue(bytes.clone());
	}

	/** Returns a copy of the bytes to store. */
	public byte[] toBytes() {
		return this.bytes.clone();
	}

	/**
	 * Returns the id of the key that encrypted this value, read from the prefix as an
	 * unsigned 32-bit number.
	 */
	public long keyId() {
		long id = 0;
		for (int i = 1; i < PREFIX_LENGTH; i++) {
			id = (id << 8) | (this.bytes[i] & 0xFF);
		}
		return id;
	}

	@Override
	public boolean equals(Object other) {
		return (other instanceof EncryptedValue that) && MessageDigest.isEqual(this.bytes, that.bytes);
	}

	@Override
	public int hashCode() {
		return Arrays.hashCode(this.bytes);
	}

	@Override
	public String toString() {
		return "EncryptedValue[keyId=" + keyId() + ", redacted]";
	}

}
