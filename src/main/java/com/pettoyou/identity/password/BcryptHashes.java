package com.pettoyou.identity.password;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognizes legacy bcrypt hashes in the modular crypt format: {@code $2a$}, {@code $2b$}
 * or {@code $2y$}, a two-digit cost, then 53 characters of bcrypt Base64 salt and hash.
 */
final class BcryptHashes {

	private static final Pattern MODULAR_CRYPT_FORMAT = Pattern.compile("\\$2[aby]\\$(\\d{2})\\$[./A-Za-z0-9]{53}");

	private BcryptHashes() {
	}

	/**
	 * Extracts the cost factor, the base-2 logarithm of the number of key expansion
	 * rounds.
	 * @param storedHash the stored hash, may be {@code null}
	 * @return the cost, or empty when the text is not a bcrypt hash
	 */
	static OptionalInt cost(String storedHash) {
		if (storedHash == null) {
			return OptionalInt.empty();
		}
		Matcher matcher = MODULAR_CRYPT_FORMAT.matcher(storedHash);
		if (!matcher.matches()) {
			return OptionalInt.empty();
		}
		return OptionalInt.of(Integer.parseInt(matcher.group(1)));
	}

}
