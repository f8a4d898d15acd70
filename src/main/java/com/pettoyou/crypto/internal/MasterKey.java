package com.pettoyou.crypto.internal;

import java.security.GeneralSecurityException;
import java.util.Arrays;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.aead.AesGcmKey;
import com.google.crypto.tink.aead.AesGcmParameters;
import com.google.crypto.tink.util.SecretBytes;

/**
 * Master AEAD that encrypts the stored keysets. It is AES-256-GCM keyed directly with the
 * 32 master key bytes, with a random 12-byte nonce and a 16-byte tag. Its output has no
 * Tink prefix, because a deployment uses one master key at a time.
 */
public final class MasterKey {

	private static final int KEY_BYTES = 32;

	private MasterKey() {
	}

	/**
	 * Creates the master AEAD and overwrites the given key bytes with zeros afterwards.
	 * @param keyBytes the 32 decoded bytes of {@code pettoyou.crypto.master-key}
	 * @return the AEAD for encrypting and decrypting keysets
	 * @throws IllegalArgumentException if the key is not 32 bytes long
	 */
	public static Aead aead(byte[] keyBytes) {
		if (keyBytes.length != KEY_BYTES) {
			throw new IllegalArgumentException(
					"The master key must be " + KEY_BYTES + " bytes long, but it is " + keyBytes.length);
		}
		try {
			AesGcmKey key = AesGcmKey.builder()
				.setParameters(parameters())
				.setKeyBytes(SecretBytes.copyFrom(keyBytes, InsecureSecretKeyAccess.get()))
				.build();
			KeysetHandle handle = KeysetHandle.newBuilder()
				.addEntry(KeysetHandle.importKey(key).withRandomId().makePrimary())
				.build();
			return handle.getPrimitive(TinkRegistration.configuration(), Aead.class);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Creating the master key AEAD failed", ex);
		}
		finally {
			Arrays.fill(keyBytes, (byte) 0);
		}
	}

	private static AesGcmParameters parameters() throws GeneralSecurityException {
		return AesGcmParameters.builder()
			.setKeySizeBytes(KEY_BYTES)
			.setIvSizeBytes(12)
			.setTagSizeBytes(16)
			.setVariant(AesGcmParameters.Variant.NO_PREFIX)
			.build();
	}

}
