package com.pettoyou.common;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.core.env.Environment;

/**
 * The secrets that a production start needs, with their minimum sizes. Keys are base64
 * and measured in decoded bytes; passwords are measured in characters.
 */
final class ProductionSecrets {

	static final int MIN_KEY_BYTES = 32;

	static final int MIN_PASSWORD_CHARS = 16;

	/** Values that appear in examples and tutorials and must never guard real data. */
	private static final Set<String> KNOWN_DEFAULTS = Set.of("changeme", "change-me", "secret", "password", "admin",
			"postgres", "redis", "pettoyou", "test", "example", "default", "letmein", "123456");

	private final Environment environment;

	private final Map<String, byte[]> values = new LinkedHashMap<>();

	private final List<String> problems = new ArrayList<>();

	ProductionSecrets(Environment environment) {
		this.environment = environment;
		checkKey("pettoyou.crypto.master-key", environment.getProperty("pettoyou.crypto.master-key"));
		checkKey("pettoyou.tokens.csrf-key", environment.getProperty("pettoyou.tokens.csrf-key"));
		checkKey("pettoyou.audit.checkpoint-signing-key",
				environment.getProperty("pettoyou.audit.checkpoint-signing-key"));
		checkKey("pettoyou.payments.webhook-secret", environment.getProperty("pettoyou.payments.webhook-secret"));
		checkAlertWebhookSecret();
		checkSigningKeys();
		checkPassword("spring.datasource.password");
		checkPassword("spring.flyway.password");
		checkRedisPassword();
		checkReuse();
	}

	List<String> problems() {
		return problems;
	}

	/**
	 * Checks the alert webhook's signing secret only when its URL is set, because the
	 * webhook is optional.
	 */
	private void checkAlertWebhookSecret() {
		String url = environment.getProperty("pettoyou.monitoring.webhook.url");
		if (url != null && !url.isBlank()) {
			checkKey("pettoyou.monitoring.webhook.secret",
					environment.getProperty("pettoyou.monitoring.webhook.secret"));
		}
	}

	private void checkSigningKeys() {
		String keyring = environment.getProperty("pettoyou.tokens.signing-keys");
		if (keyring == null || keyring.isBlank()) {
			problems.add("pettoyou.tokens.signing-keys is missing");
			return;
		}
		for (String pair : keyring.split(",")) {
			int colon = pair.indexOf(':');
			String kid = (colon > 0) ? pair.substring(0, colon).trim() : "?";
			checkKey("pettoyou.tokens.signing-keys[" + kid + "]", (colon > 0) ? pair.substring(colon + 1) : null);
		}
	}

	private void checkKey(String name, String base64) {
		if (base64 == null || base64.isBlank()) {
			problems.add(name + " is missing");
			return;
		}
		byte[] key;
		try {
			key = Base64.getDecoder().decode(base64.trim());
		}
		catch (IllegalArgumentException ex) {
			problems.add(name + " is not valid base64");
			return;
		}
		if (key.length < MIN_KEY_BYTES) {
			problems.add(name + " is shorter than " + MIN_KEY_BYTES + " bytes");
		}
		else if (isWeakKey(key)) {
			problems.add(name + " is a known default or has too little variety");
		}
		values.put(name, key);
	}

	private void checkPassword(String name) {
		String password = environment.getProperty(name);
		if (password == null || password.isBlank()) {
			problems.add(name + " is missing");
			return;
		}
		if (password.length() < MIN_PASSWORD_CHARS) {
			problems.add(name + " is shorter than " + MIN_PASSWORD_CHARS + " characters");
		}
		else if (isKnownDefault(password)) {
			problems.add(name + " is a known default");
		}
		values.put(name, password.getBytes(StandardCharsets.UTF_8));
	}

	private void checkRedisPassword() {
		String url = environment.getProperty("spring.data.redis.url");
		String password = environment.getProperty("spring.data.redis.password");
		if (password == null && url != null && url.contains("@")) {
			String userInfo = url.substring(url.indexOf("//") + 2, url.lastIndexOf('@'));
			password = userInfo.substring(userInfo.indexOf(':') + 1);
		}
		if (password == null || password.isBlank()) {
			problems.add("the Redis password (in spring.data.redis.url or spring.data.redis.password) is missing");
			return;
		}
		if (password.length() < MIN_PASSWORD_CHARS || isKnownDefault(password)) {
			problems.add("the Redis password is shorter than " + MIN_PASSWORD_CHARS + " characters or a known default");
		}
		values.put("the Redis password", password.getBytes(StandardCharsets.UTF_8));
	}

	private void checkReuse() {
		List<Map.Entry<String, byte[]>> entries = new ArrayList<>(values.entrySet());
		for (int i = 0; i < entries.size(); i++) {
			for (int j = i + 1; j < entries.size(); j++) {
				if (Arrays.equals(entries.get(i).getValue(), entries.get(j).getValue())) {
					problems.add(entries.get(i).getKey() + " and " + entries.get(j).getKey()
							+ " hold the same secret; each purpose needs its own");
				}
			}
		}
	}

	private static boolean isKnownDefault(String value) {
		String lower = value.toLowerCase(Locale.ROOT);
		return KNOWN_DEFAULTS.stream().anyMatch(lower::contains) || value.chars().distinct().count() < 6;
	}

	/**
	 * Returns whether a key is made of few distinct bytes, such as all zeros, or decodes
	 * to text that contains a known default.
	 */
	private static boolean isWeakKey(byte[] key) {
		long distinct = new String(key, StandardCharsets.ISO_8859_1).chars().distinct().count();
		return distinct < 8 || isKnownDefault(new String(key, StandardCharsets.ISO_8859_1));
	}

}
