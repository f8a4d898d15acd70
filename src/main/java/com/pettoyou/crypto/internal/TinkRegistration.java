package com.pettoyou.crypto.internal;

import java.security.GeneralSecurityException;

import com.google.crypto.tink.Configuration;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.prf.PrfConfig;

/**
 * Registers the Tink key types that the keysets use, once per JVM. Tink's registry is
 * global, so every keyset operation in this module goes through {@link #configuration()}.
 */
public final class TinkRegistration {

	private static boolean registered;

	private TinkRegistration() {
	}

	/**
	 * Registers the AEAD and PRF key types unless an earlier call did. Generating,
	 * parsing and using keys of these types needs the registration.
	 * @throws IllegalStateException if Tink rejects the registration
	 */
	public static synchronized void register() {
		if (registered) {
			return;
		}
		try {
			AeadConfig.register();
			PrfConfig.register();
			registered = true;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Registering the Tink AEAD and PRF key types failed", ex);
		}
	}

	/**
	 * Registers the key types if needed and returns the registry-backed Tink
	 * configuration.
	 * @return the configuration to create primitives with
	 * @throws IllegalStateException if Tink rejects the registration
	 */
	public static Configuration configuration() {
		register();
		try {
			return RegistryConfiguration.get();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Getting the Tink registry configuration failed", ex);
		}
	}

}
