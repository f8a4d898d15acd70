package com.pettoyou.crypto;

import java.security.GeneralSecurityException;
import java.util.Objects;

import com.google.crypto.tink.Aead;

/**
 * Encrypts and decrypts binary content at rest, such as uploaded files, with AES-256-GCM
 * from the {@code FIELD_ENCRYPTION} keyset. The output has the layout of
 * {@link EncryptedValue}: a 5-byte prefix naming the key, a random 12-byte nonce, the
 * encrypted bytes and a 16-byte tag. Each ciphertext is bound to its
 * {@link AssociatedData}, so content copied to another row fails to decrypt.
 * <p>
 * The whole content and its ciphertext are held in memory, so callers bound the size.
 */
public class ContentEncryptor {

	/** Bytes that encryption adds to the plaintext: prefix, nonce and tag. */
	public static final int OVERHEAD = EncryptedValue.PREFIX_LENGTH + EncryptedValue.NONCE_LENGTH + 16;

	private final Aead aead;

	ContentEncryptor(Aead aead) {
		this.aead = aead;
	}

	/**
	 * Encrypts content for the given table, column and row.
	 * @param plaintext the content, possibly empty; the caller's array is not changed
	 * @param binding where the content belongs
	 * @return the ciphertext, {@link #OVERHEAD} bytes longer than the plaintext
	 * @throws NullPointerException if an argument is {@code null}
	 */
	public byte[] encrypt(byte[] plaintext, AssociatedData binding) {
		Objects.requireNonNull(plaintext, "plaintext must not be null");
		Objects.requireNonNull(binding, "binding must not be null");
		try {
			return this.aead.encrypt(plaintext, binding.toBytes());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(
					"Encrypting content for " + binding.table() + "." + binding.column() + " failed", ex);
		}
	}

	/**
	 * Decrypts content stored for the given table, column and row.
	 * @param ciphertext the stored bytes, as returned by {@link #encrypt}
	 * @param binding where the content belongs, as given to {@link #encrypt}
	 * @return the plaintext
	 * @throws DecryptionFailedException if the ciphertext was modified or truncated, was
	 * encrypted for another binding, or names a key that is not in the keyset
	 * @throws NullPointerException if an argument is {@code null}
	 */
	public byte[] decrypt(byte[] ciphertext, AssociatedData binding) {
		Objects.requireNonNull(ciphertext, "ciphertext must not be null");
		Objects.requireNonNull(binding, "binding must not be null");
		try {
			return this.aead.decrypt(ciphertext, binding.toBytes());
		}
		catch (GeneralSecurityException ex) {
			throw new DecryptionFailedException(binding, keyIdOf(ciphertext), ex);
		}
	}

	/**
	 * Returns the key id from the Tink prefix as an unsigned 32-bit number, or -1 when
	 * the ciphertext is too short to have one.
	 */
	private static long keyIdOf(byte[] ciphertext) {
		if (ciphertext.length < EncryptedValue.PREFIX_LENGTH) {
			return -1;
		}
		long id = 0;
		for (int i = 1; i < EncryptedValue.PREFIX_LENGTH; i++) {
			id = (id << 8) | (ciphertext[i] & 0xFF);
		}
		return id;
	}

}
