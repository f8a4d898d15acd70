package com.pettoyou.identity.password;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Deny list of common and breached passwords, held in memory as a hash set. The bundled
 * list is {@value #BUNDLED_RESOURCE} on the class path, and its origin and licence are
 * described in {@code COMMON-PASSWORDS-SOURCE.md} next to it.
 */
final class CommonPasswordList {

	static final String BUNDLED_RESOURCE = "identity/common-passwords.txt";

	private final Set<String> entries;

	private CommonPasswordList(Set<String> entries) {
		this.entries = Set.copyOf(entries);
	}

	/**
	 * Loads the bundled list from the class path.
	 * @return the loaded list
	 * @throws IllegalStateException if the resource is missing or contains no entries
	 */
	static CommonPasswordList loadBundled() {
		ClassLoader loader = CommonPasswordList.class.getClassLoader();
		try (InputStream in = loader.getResourceAsStream(BUNDLED_RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException(
						"Common-password list " + BUNDLED_RESOURCE + " is missing from the class path");
			}
			return read(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Reading " + BUNDLED_RESOURCE + " failed", ex);
		}
	}

	/**
	 * Reads one password a line from UTF-8 text. Blank lines and lines starting with
	 * {@code #} are skipped, and each entry is stored NFKC-normalized and lower-cased.
	 */
	static CommonPasswordList read(InputStream in) throws IOException {
		Set<String> entries = new HashSet<>();
		BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
		String line;
		while ((line = reader.readLine()) != null) {
			if (!line.isEmpty() && !line.startsWith("#")) {
				entries.add(toKey(line));
			}
		}
		if (entries.isEmpty()) {
			throw new IllegalStateException("Common-password list contains no entries");
		}
		return new CommonPasswordList(entries);
	}

	/**
	 * Tests whether the whole password equals an entry, ignoring case.
	 * @param normalizedPassword the NFKC-normalized password
	 * @return {@code true} on an exact match of the whole string
	 */
	boolean contains(String normalizedPassword) {
		return this.entries.contains(toKey(normalizedPassword));
	}

	int size() {
		return this.entries.size();
	}

	private static String toKey(String password) {
		return PasswordNormalizer.normalize(password).toLowerCase(Locale.ROOT);
	}

}
