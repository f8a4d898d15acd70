package com.pettoyou.local;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * Development keys for local mode: the master key, the token signing key and the CSRF
 * key, one random 32-byte value each. Kept in a file readable only by its owner so that
 * data written in one local run still decrypts in the next.
 */
final class DevelopmentKeys {

	static final String TOKEN_KEY_ID = "dev-1";

	private final Properties keys;

	private DevelopmentKeys(Properties keys) {
		this.keys = keys;
	}

	/** Returns fresh keys that live only in memory, for tests. */
	static DevelopmentKeys generate() {
		Properties keys = new Properties();
		keys.setProperty("master", Secrets.randomKey());
		keys.setProperty("token", Secrets.randomKey());
		keys.setProperty("csrf", Secrets.randomKey());
		return new DevelopmentKeys(keys);
	}

	/**
	 * Loads the keys from {@code directory/development-keys.properties}, creating it
	 * first.
	 */
	static DevelopmentKeys loadOrCreate(Path directory) {
		Path file = directory.resolve("development-keys.properties");
		try {
			if (Files.exists(file)) {
				Properties keys = new Properties();
				try (Reader reader = Files.newBufferedReader(file)) {
					keys.load(reader);
				}
				return new DevelopmentKeys(keys);
			}
			Files.createDirectories(directory);
			DevelopmentKeys generated = generate();
			Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
			try (Writer writer = Files.newBufferedWriter(file)) {
				generated.keys.store(writer, "Development keys for local mode only. Never use them for real data.");
			}
			return generated;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Reading or writing development keys in " + directory + " failed", ex);
		}
	}

	/** Returns the Spring properties that hand these keys to the application. */
	Map<String, Object> properties() {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("pettoyou.crypto.master-key", keys.getProperty("master"));
		properties.put("pettoyou.tokens.signing-keys", TOKEN_KEY_ID + ":" + keys.getProperty("token"));
		properties.put("pettoyou.tokens.active-key-id", TOKEN_KEY_ID);
		properties.put("pettoyou.tokens.csrf-key", keys.getProperty("csrf"));
		return properties;
	}

	@Override
	public String toString() {
		return "DevelopmentKeys[redacted]";
	}

}
