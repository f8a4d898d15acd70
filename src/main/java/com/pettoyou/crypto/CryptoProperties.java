package com.pettoyou.crypto;

import java.util.Arrays;
import java.util.Base64;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code pettoyou.crypto}. The master key is checked when the keysets load
 * at startup rather than while binding, because Spring's bind failure report can print
 * the value of the property that failed.
 *
 * @param masterKey standard base64 of 32 random bytes; it encrypts the stored keysets and
 * comes from {@code PETTOYOU_MASTER_KEY} in production
 */
@ConfigurationProperties("pettoyou.crypto")
public record CryptoProperties(String masterKey) {

	/** Name of the master key property, as used in error messages. */
	public static final String MASTER_KEY_PROPERTY = "pettoyou.crypto.master-key";

	/** Required length of the decoded master key, in bytes. */
	public static final int MASTER_KEY_BYTES = 32;

	/**
	 * Decodes a master key.
	 * @param base64 standard base64, surrounding whitespace ignored
	 * @return the 32 key bytes; callers overwrite them once used
	 * @throws IllegalArgumentException if the value is missing, not base64 or not 32
	 * bytes long; the message never contains the value
	 */
	public static byte[] decodeMasterKey(String base64) {
		if (base64 == null || base64.isBlank()) {
			throw new IllegalArgumentException(MASTER_KEY_PROPERTY + " is missing: set it to the base64 encoding of "
					+ MASTER_KEY_BYTES + " random bytes");
		}
		byte[] key;
		try {
			key = Base64.getDecoder().decode(base64.strip());
		}
		catch (IllegalArgumentException ex) {
			// The decoder's message quotes the offending character, so it is not chained.
			throw new IllegalArgumentException(MASTER_KEY_PROPERTY + " is not valid standard base64");
		}
		if (key.length != MASTER_KEY_BYTES) {
			Arrays.fill(key, (byte) 0);
			throw new IllegalArgumentException(MASTER_KEY_PROPERTY + " must be the base64 encoding of exactly "
					+ MASTER_KEY_BYTES + " bytes, but it decodes to " + key.length + " bytes");
		}
		return key;
	}

	@Override
	public String toString() {
		return "CryptoProperties[masterKey=redacted]";
	}

}
