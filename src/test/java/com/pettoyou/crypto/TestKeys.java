package com.pettoyou.crypto;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.prf.PrfSet;

import com.pettoyou.crypto.internal.KeyPurpose;
import com.pettoyou.crypto.internal.TinkRegistration;

/**
 * Fresh Tink keysets and master keys for tests, generated the way production generates
 * them.
 */
final class TestKeys {

	private static final SecureRandom RANDOM = new SecureRandom();

	private TestKeys() {
	}

	/** Generates a keyset with one key for the purpose. */
	static KeysetHandle generate(KeyPurpose purpose) {
		try {
			return KeysetHandle.generateNew(purpose.parameters(), TinkRegistration.configuration());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Creates a field encryptor over the keyset. */
	static FieldEncryptor fieldEncryptor(KeysetHandle keyset) {
		return new FieldEncryptor(primitive(keyset, Aead.class));
	}

	/** Creates a blind indexer over the keyset. */
	static BlindIndexer blindIndexer(KeysetHandle keyset) {
		return new BlindIndexer(primitive(keyset, PrfSet.class));
	}

	/** Returns a random master key in the form the property takes. */
	static String randomMasterKey(int length) {
		byte[] key = new byte[length];
		RANDOM.nextBytes(key);
		return Base64.getEncoder().encodeToString(key);
	}

	private static <P> P primitive(KeysetHandle keyset, Class<P> type) {
		try {
			return keyset.getPrimitive(TinkRegistration.configuration(), type);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
