package com.pettoyou.crypto.internal;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.Parameters;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import com.google.crypto.tink.prf.PredefinedPrfParameters;
import com.google.crypto.tink.prf.PrfSet;

/**
 * Purpose of a keyset. Each purpose has its own keyset, stored in the row of
 * {@code crypto_keyset} whose {@code purpose} column is the constant's name, so one key
 * never serves two purposes.
 * <p>
 * To add a purpose such as token signing, CSRF tokens or audit checkpoints, add a
 * constant with the Tink parameters of its first key and the primitive its keyset
 * provides. Startup then generates and stores its keyset like the others. Never rename a
 * constant: the name is the row key and the associated data of the stored keyset, so a
 * renamed constant no longer finds or decrypts its keyset.
 */
public enum KeyPurpose {

	/** AES-256-GCM keys for encrypting fields at rest. */
	FIELD_ENCRYPTION(PredefinedAeadParameters.AES256_GCM, Aead.class),

	/** HMAC-SHA256 keys for blind indexes over encrypted fields. */
	BLIND_INDEX(PredefinedPrfParameters.HMAC_SHA256_PRF, PrfSet.class);

	private final Parameters parameters;

	private final Class<?> primitive;

	KeyPurpose(Parameters parameters, Class<?> primitive) {
		this.parameters = parameters;
		this.primitive = primitive;
	}

	/** Returns the Tink parameters for new keys of this purpose. */
	public Parameters parameters() {
		return this.parameters;
	}

	/** Returns the Tink primitive interface that a keyset of this purpose provides. */
	public Class<?> primitive() {
		return this.primitive;
	}

}
