package com.pettoyou.local;

import java.security.SecureRandom;
import java.util.Base64;

/** Random values for development keys and role passwords. */
final class Secrets {

	private static final SecureRandom RANDOM = new SecureRandom();

	private Secrets() {
	}

	/** Returns 32 random bytes, base64url-encoded without padding. */
	static String randomToken() {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(32));
	}

	/** Returns 32 random bytes, standard base64-encoded, the form key properties take. */
	static String randomKey() {
		return Base64.getEncoder().encodeToString(randomBytes(32));
	}

	private static byte[] randomBytes(int length) {
		byte[] bytes = new byte[length];
		RANDOM.nextBytes(bytes);
		return bytes;
	}

}
