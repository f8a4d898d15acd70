package com.pettoyou.identity.token;

import java.util.Map;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

import com.pettoyou.identity.TokenProperties;

/**
 * The HS256 keys that sign and verify access tokens, selected by {@code kid}. Only keys
 * from configuration are ever used: a key named or embedded in a token header is ignored.
 */
@Component
public class TokenKeyring {

	static final int MIN_KEY_BYTES = 32;

	private final Map<String, SecretKey> keys;

	private final String activeKeyId;

	TokenKeyring(TokenProperties properties) {
		Map<String, byte[]> configured = properties.keyring();
		if (configured.isEmpty()) {
			throw new IllegalStateException(
					"pettoyou.tokens.signing-keys is missing: configure at least one HS256 key");
		}
		configured.forEach((kid, key) -> {
			if (key.length < MIN_KEY_BYTES) {
				throw new IllegalStateException("Token signing key '" + kid + "' has " + key.length
						+ " bytes; HS256 keys need at least " + MIN_KEY_BYTES);
			}
		});
		if (!configured.containsKey(properties.activeKeyId())) {
			throw new IllegalStateException(
					"pettoyou.tokens.active-key-id names no key of pettoyou.tokens.signing-keys");
		}
		this.keys = configured.entrySet()
			.stream()
			.collect(java.util.stream.Collectors.toUnmodifiableMap(Map.Entry::getKey,
					(entry) -> new SecretKeySpec(entry.getValue(), "HmacSHA256")));
		this.activeKeyId = properties.activeKeyId();
	}

	/** Returns the key with this id, or {@code null} for an unknown or missing id. */
	SecretKey find(String kid) {
		return (kid != null) ? keys.get(kid) : null;
	}

	String activeKeyId() {
		return activeKeyId;
	}

	SecretKey activeKey() {
		return keys.get(activeKeyId);
	}

}
