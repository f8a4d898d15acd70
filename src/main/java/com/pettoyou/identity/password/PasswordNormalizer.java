package com.pettoyou.identity.password;

import java.text.Normalizer;
import java.util.Objects;

/**
 * Unicode normalization shared by {@link PasswordPolicy} and {@link PasswordHasher}, so a
 * password typed with fullwidth or composed characters is checked and hashed in the same
 * form as its plain equivalent.
 */
final class PasswordNormalizer {

	private PasswordNormalizer() {
	}

	/**
	 * Applies Unicode NFKC normalization.
	 * @param password the password as typed
	 * @return the NFKC form of {@code password}
	 * @throws NullPointerException if {@code password} is {@code null}
	 */
	static String normalize(String password) {
		Objects.requireNonNull(password, "password");
		return Normalizer.normalize(password, Normalizer.Form.NFKC);
	}

}
