package com.pettoyou.crypto.internal;

import java.security.GeneralSecurityException;
import java.util.EnumMap;
import java.util.Map;

import com.google.crypto.tink.KeysetHandle;

/**
 * Decrypted keysets of every {@link KeyPurpose}, loaded once at startup. This package is
 * internal to the crypto module, so other modules use the keys only through
 * {@code FieldEncryptor} and {@code BlindIndexer}.
 */
public final class Keysets {

	private final Map<KeyPurpose, KeysetHandle> handles;

	/**
	 * Creates the holder.
	 * @param handles one keyset for every purpose
	 * @throws IllegalArgumentException if a purpose has no keyset
	 */
	public Keysets(Map<KeyPurpose, KeysetHandle> handles) {
		this.handles = new EnumMap<>(handles);
		for (KeyPurpose purpose : KeyPurpose.values()) {
			if (!this.handles.containsKey(purpose)) {
				throw new IllegalArgumentException("No keyset for purpose " + purpose);
			}
		}
	}

	/** Returns the keyset of a purpose. */
	public KeysetHandle handle(KeyPurpose purpose) {
		return this.handles.get(purpose);
	}

	/**
	 * Creates the Tink primitive of a purpose.
	 * @param purpose the purpose
	 * @param type the primitive interface, such as {@code Aead.class}
	 * @return the primitive over every key of the keyset, using the primary key for new
	 * output
	 * @throws IllegalStateException if the keyset cannot provide that primitive
	 */
	public <P> P primitive(KeyPurpose purpose, Class<P> type) {
		try {
			return handle(purpose).getPrimitive(TinkRegistration.configuration(), type);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(
					"Keyset " + purpose + " cannot provide a " + type.getSimpleName() + " primitive", ex);
		}
	}

	@Override
	public String toString() {
		return "Keysets[purposes=" + this.handles.keySet() + ", redacted]";
	}

}
