package com.pettoyou.identity.password;

import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parameters of a stored Argon2 hash in the PHC string format that Spring Security's
 * {@code Argon2PasswordEncoder} writes, for example
 * {@code $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>} with unpadded Base64 salt and
 * hash.
 *
 * @param type the variant: {@code argon2id}, {@code argon2i} or {@code argon2d}
 * @param version the Argon2 version number, 19 for version 1.3
 * @param memoryKib the memory cost in KiB
 * @param iterations the number of passes over memory
 * @param parallelism the number of lanes
 * @param saltBytes the salt length in bytes
 * @param hashBytes the hash length in bytes
 */
record Argon2Settings(String type, int version, int memoryKib, int iterations, int parallelism, int saltBytes,
		int hashBytes) {

	private static final Pattern PHC_FORMAT = Pattern.compile("\\$(argon2id|argon2i|argon2d)\\$v=(\\d{1,3})"
			+ "\\$m=(\\d{1,9}),t=(\\d{1,9}),p=(\\d{1,3})\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)");

	/**
	 * Parses the parameters of a stored hash.
	 * @param storedHash the stored hash, may be {@code null}
	 * @return the parameters, or empty when the text is not an Argon2 hash in PHC format
	 */
	static Optional<Argon2Settings> parse(String storedHash) {
		if (storedHash == null) {
			return Optional.empty();
		}
		Matcher matcher = PHC_FORMAT.matcher(storedHash);
		if (!matcher.matches()) {
			return Optional.empty();
		}
		try {
			return Optional.of(new Argon2Settings(matcher.group(1), Integer.parseInt(matcher.group(2)),
					Integer.parseInt(matcher.group(3)), Integer.parseInt(matcher.group(4)),
					Integer.parseInt(matcher.group(5)), decodedLength(matcher.group(6)),
					decodedLength(matcher.group(7))));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	/**
	 * Tests whether any parameter gives less protection than {@code target}. A different
	 * variant or an older version counts as weaker, and a parallelism difference alone
	 * does not.
	 * @param target the parameters new hashes are created with
	 * @return {@code true} when a hash with these parameters should be replaced
	 */
	boolean weakerThan(Argon2Settings target) {
		return !this.type.equals(target.type) || this.version < target.version || this.memoryKib < target.memoryKib
				|| this.iterations < target.iterations || this.saltBytes < target.saltBytes
				|| this.hashBytes < target.hashBytes;
	}

	private static int decodedLength(String unpaddedBase64) {
		return Base64.getDecoder().decode(unpaddedBase64).length;
	}

}
