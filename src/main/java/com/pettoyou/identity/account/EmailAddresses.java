package com.pettoyou.identity.account;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The canonical form of an email address that blind indexes, lockout counters and
 * duplicate checks use: NFKC-normalized, trimmed and lower-cased, so case and Unicode
 * variants of one address are the same account.
 */
public final class EmailAddresses {

	private EmailAddresses() {
	}

	/** Returns the canonical form of an address. */
	public static String canonical(String email) {
		return Normalizer.normalize(email, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
	}

	/** Returns the part before the last {@code @}. */
	public static String localPart(String canonicalEmail) {
		int at = canonicalEmail.lastIndexOf('@');
		return (at < 0) ? canonicalEmail : canonicalEmail.substring(0, at);
	}

}
