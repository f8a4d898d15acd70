package com.pettoyou.crypto;

import java.security.GeneralSecurityException;
import java.util.Objects;

import com.google.crypto.tink.prf.PrfSet;

import com.pettoyou.crypto.internal.LengthPrefixedEncoding;

/**
 * Computes blind indexes: keyed HMAC-SHA256 values of encrypted fields, stored beside the
 * ciphertext so that rows can be found by exact value without decrypting every row. The
 * key comes from the {@code BLIND_INDEX} keyset, so an index without the key reveals
 * nothing beyond equality of values.
 * <p>
 * Callers canonicalize the value first, because the index matches only identical strings:
 * identity, for example, lowercases an email address before indexing it.
 * <p>
 * NOTE: the index carries no key id. Making a new blind index key primary requires
 * recomputing every stored index.
 */
public class BlindIndexer {

	/** Length of every index, in bytes. */
	public static final int INDEX_LENGTH = 32;

	private static final byte VERSION = 1;

	private final PrfSet prf;

	BlindIndexer(PrfSet prf) {
		this.prf = prf;
	}

	/**
	 * Computes the index of a value of a field. The HMAC input is the version byte
	 * {@code 1}, then the field name and the value, each as a 4-byte big-endian length
	 * and its UTF-8 bytes, so the same value gives different indexes under different
	 * fields.
	 * @param field the name of the indexed field, such as {@code "email"}, not blank
	 * @param canonicalValue the value after the caller's canonicalization, possibly empty
	 * @return the 32-byte index, equal for equal arguments under the same key
	 * @throws NullPointerException if an argument is {@code null}
	 * @throws IllegalArgumentException if the field is blank or either argument contains
	 * an unpaired surrogate
	 */
	public byte[] index(String field, String canonicalValue) {
		Objects.requireNonNull(field, "field must not be null");
		Objects.requireNonNull(canonicalValue, "canonicalValue must not be null");
		if (field.isBlank()) {
			throw new IllegalArgumentException("field must not be blank");
		}
		try {
			return this.prf.computePrimary(LengthPrefixedEncoding.encode(VERSION, field, canonicalValue), INDEX_LENGTH);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Computing the blind index for field " + field + " failed", ex);
		}
	}

}
