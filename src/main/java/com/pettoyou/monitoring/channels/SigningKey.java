package com.pettoyou.monitoring.channels;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The HMAC-SHA256 key that signs webhook requests. {@link #toString()} never shows the
 * key.
 */
final class SigningKey {

	private static final String ALGORITHM = "HmacSHA256";

	private final SecretKeySpec key;

	private SigningKey(byte[] key) {
		this.key = new SecretKeySpec(key, ALGORITHM);
	}

	/**
	 * Decodes the key from {@code pettoyou.monitoring.webhook.secret}.
	 * @throws IllegalStateException if the value is missing, not base64 or empty after
	 * decoding, with a message that never contains the value
	 */
	static SigningKey fromBase64(String base64) {
		if (base64 == null || base64.isBlank()) {
			throw new IllegalStateException("pettoyou.monitoring.webhook.secret is missing; set it to the base64 of "
					+ "at least 32 random bytes, such as the output of: openssl rand -base64 32");
		}
		byte[] decoded;
		try {
			decoded = Base64.getDecoder().decode(base64.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException("pettoyou.monitoring.webhook.secret is not valid base64");
		}
		if (decoded.length == 0) {
			throw new IllegalStateException("pettoyou.monitoring.webhook.secret decodes to no bytes");
		}
		return new SigningKey(decoded);
	}

	/**
	 * Computes the signature of one request: lower-case hex HMAC-SHA256 over
	 * {@code "<timestamp>.<body>"}.
	 * @param timestamp the request time in Unix seconds, as sent in the timestamp header
	 * @param body the exact bytes of the request body
	 */
	String sign(long timestamp, byte[] body) {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(this.key);
			mac.update((timestamp + ".").getBytes(StandardCharsets.US_ASCII));
			return HexFormat.of().formatHex(mac.doFinal(body));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA256 is unavailable", ex);
		}
	}

	@Override
	public String toString() {
		return "SigningKey[redacted]";
	}

}
