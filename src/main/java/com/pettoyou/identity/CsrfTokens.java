package com.pettoyou.identity;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

/**
 * Issues and checks CSRF tokens bound to one session: a random value and an HMAC-SHA256
 * over the session's token id and that value, under a key used for nothing else. A token
 * minted for another session, or forged without the key, never matches.
 */
@Component
public class CsrfTokens {

	private static final int MIN_KEY_BYTES = 32;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final SecretKeySpec key;

	CsrfTokens(TokenProperties properties) {
		byte[] bytes = properties.csrfKeyBytes();
		if (bytes.length < MIN_KEY_BYTES) {
			throw new IllegalStateException(
					"pettoyou.tokens.csrf-key must be at least " + MIN_KEY_BYTES + " bytes, base64-encoded");
		}
		this.key = new SecretKeySpec(bytes, "HmacSHA256");
	}

	/** Returns a new token for the session with this token id. */
	public String issue(String sessionTokenId) {
		byte[] nonce = new byte[16];
		RANDOM.nextBytes(nonce);
		String value = encode(nonce);
		return value + "." + encode(mac(sessionTokenId, value));
	}

	/**
	 * Returns whether the token was issued for this session, comparing in constant time.
	 */
	public boolean matches(String sessionTokenId, String token) {
		if (sessionTokenId == null || token == null) {
			return false;
		}
		int dot = token.indexOf('.');
		if (dot <= 0 || dot == token.length() - 1) {
			return false;
		}
		byte[] expected = mac(sessionTokenId, token.substring(0, dot));
		byte[] actual;
		try {
			actual = Base64.getUrlDecoder().decode(token.substring(dot + 1));
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
		return MessageDigest.isEqual(expected, actual);
	}

	private byte[] mac(String sessionTokenId, String value) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key);
			return mac.doFinal(("csrf|" + sessionTokenId + "|" + value).getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}

	private static String encode(byte[] bytes) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
