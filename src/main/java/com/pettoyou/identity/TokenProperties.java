package com.pettoyou.identity;

import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Token signing and CSRF keys.
 *
 * @param signingKeys the HS256 keyring as {@code kid:base64key} pairs separated by
 * commas; every key is at least 32 bytes
 * @param activeKeyId the {@code kid} that signs new tokens
 * @param csrfKey the base64 key of the CSRF token HMAC, at least 32 bytes
 * @param lifetime how long an issued token is valid; the session usually ends sooner
 */
@ConfigurationProperties("pettoyou.tokens")
public record TokenProperties(String signingKeys, String activeKeyId, String csrfKey,
		@DefaultValue("7d") Duration lifetime) {

	/** Returns the keyring as {@code kid} to key bytes, in configuration order. */
	public Map<String, byte[]> keyring() {
		Map<String, byte[]> keys = new LinkedHashMap<>();
		if (signingKeys == null || signingKeys.isBlank()) {
			return keys;
		}
		for (String pair : signingKeys.split(",")) {
			int colon = pair.indexOf(':');
			if (colon <= 0) {
				throw new IllegalStateException(
						"pettoyou.tokens.signing-keys must be kid:base64key pairs separated by commas");
			}
			keys.put(pair.substring(0, colon).trim(), Base64.getDecoder().decode(pair.substring(colon + 1).trim()));
		}
		return keys;
	}

	public byte[] csrfKeyBytes() {
		return (csrfKey != null) ? Base64.getDecoder().decode(csrfKey.trim()) : new byte[0];
	}

	@Override
	public String toString() {
		return "TokenProperties[activeKeyId=" + activeKeyId + ", lifetime=" + lifetime + ", keys redacted]";
	}

}
