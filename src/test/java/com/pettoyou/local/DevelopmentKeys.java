package com.pettoyou.local;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Development keys for local mode: the master key, the token signing key, the CSRF key,
 * the audit checkpoint signing key and the payment webhook secret, one random 32-byte
 * value each. Kept in a file readable only by its owner so that data written in one local
 * run still decrypts in the next.
 */
final class DevelopmentKeys {

	static final String TOKEN_KEY_ID = "dev-1";

	private static final List<String> KEY_NAMES = List.of("master", "token", "csrf", "checkpoint", "webhook");

	private final Properties keys;

	private DevelopmentKeys(Properties keys) {
		this.keys = keys;
	}

	/** Returns fresh keys that live only in memory, for tests. */
	static DevelopmentKeys generate() {
		Properties keys = new Properties();
		addMissing(keys);
		return new DevelopmentKeys(keys);
	}

	/**
	 * Loads the keys from {@code directory/development-keys.properties}, creating the
	 * file first and adding any key that a newer version needs.
	 */
	static DevelopmentKeys loadOrCreate(Path directory) {
		Path file = directory.resolve("development-keys.properties");
		try {
			Properties keys = new Properties();
			if (Files.exists(file)) {
				try (Reader reader = Files.newBufferedReader(file)) {
					keys.load(reader);
				}
			}
			else {
				Files.createDirectories(directory);
				Files.createFile(file,
						PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
			}
			if (addMissing(keys)) {
				try (Writer writer = Files.newBufferedWriter(file)) {
					keys.store(writer, "Development keys for local mode only. Never use them for real data.");
				}
			}
			return new DevelopmentKeys(keys);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Reading or writing development keys in " + directory + " failed", ex);
		}
	}

	/**
	 * Adds a random value for every key name that is missing and returns whether any was.
	 */
	private static boolean addMissing(Properties keys) {
		boolean added = false;
		for (String name : KEY_NAMES) {
			if (keys.getProperty(name) == null) {
				keys.setProperty(name, Secrets.randomKey());
				added = true;
			}
		}
		return added;
	}

	/** Returns the Spring properties that hand these keys to the application. */
	Map<String, Object> properties() {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("pettoyou.crypto.master-key", keys.getProperty("master"));
		properties.put("pettoyou.tokens.signing-keys", TOKEN_KEY_ID + ":" + keys.getProperty("token"));
		properties.put("pettoyou.tokens.active-key-id", TOKEN_KEY_ID);
		properties.put("pettoyou.tokens.csrf-key", keys.getProperty("csrf"));
		properties.put("pettoyou.audit.checkpoint-signing-key", keys.getProperty("checkpoint"));
		properties.put("pettoyou.payments.webhook-secret", keys.getProperty("webhook"));
		return properties;
	}

	@Override
	public String toString() {
		return "DevelopmentKeys[redacted]";
	}

}
