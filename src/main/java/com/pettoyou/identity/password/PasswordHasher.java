package com.pettoyou.identity.password;

import java.util.Objects;
import java.util.OptionalInt;
import java.util.UUID;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Hashes passwords with Argon2id and verifies stored hashes. New hashes use salt
 * {@value #SALT_BYTES} bytes, hash {@value #HASH_BYTES} bytes, parallelism
 * {@value #PARALLELISM}, memory {@value #MEMORY_KIB} KiB and {@value #ITERATIONS}
 * iterations, stored in PHC format without a {@code {id}} prefix, for example
 * {@code $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>}.
 * <p>
 * Legacy bcrypt hashes ({@code $2a$}, {@code $2b$}, {@code $2y$}) verify when their cost
 * is at least {@value #MIN_BCRYPT_COST}, and {@link #needsRehash(String)} reports them so
 * callers can replace them after a successful login. Passwords are NFKC-normalized before
 * hashing and matching.
 * <p>
 * Every call to {@link #matches(String, String)} or {@link #matchDummy(String)}
 * increments the counter {@value #VERIFICATIONS_METRIC}. Instances are thread-safe.
 */
@Component
public class PasswordHasher {

	private static final Logger logger = LoggerFactory.getLogger(PasswordHasher.class);

	/** Name of the Micrometer counter of verifications, dummy ones included. */
	public static final String VERIFICATIONS_METRIC = "pettoyou.password.verifications";

	static final int SALT_BYTES = 16;

	static final int HASH_BYTES = 32;

	static final int PARALLELISM = 1;

	static final int MEMORY_KIB = 19456;

	static final int ITERATIONS = 2;

	/** Lowest bcrypt cost accepted. Hashes below it never match. */
	static final int MIN_BCRYPT_COST = 10;

	private static final String DUMMY_PLACEHOLDER = "\u0000";

	private static final Argon2Settings CURRENT_SETTINGS = new Argon2Settings("argon2id", 19, MEMORY_KIB, ITERATIONS,
			PARALLELISM, SALT_BYTES, HASH_BYTES);

	private final Argon2PasswordEncoder argon2 = new Argon2PasswordEncoder(SALT_BYTES, HASH_BYTES, PARALLELISM,
			MEMORY_KIB, ITERATIONS);

	private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();

	private final Counter verifications;

	private final String dummyHash;

	/**
	 * Creates the hasher and computes the dummy hash that {@link #matchDummy(String)}
	 * verifies against.
	 * @param meterRegistry the registry for the verification counter
	 */
	public PasswordHasher(MeterRegistry meterRegistry) {
		this.verifications = Counter.builder(VERIFICATIONS_METRIC)
			.description("Password hash verifications, including dummy ones for unknown accounts")
			.register(meterRegistry);
		this.dummyHash = this.argon2.encode(UUID.randomUUID().toString());
	}

	/**
	 * Hashes a password with the current Argon2id parameters and a random salt.
	 * @param rawPassword the password as typed, never {@code null}
	 * @return the PHC-format hash
	 */
	public String hash(String rawPassword) {
		Objects.requireNonNull(rawPassword, "rawPassword");
		return this.argon2.encode(PasswordNormalizer.normalize(rawPassword));
	}

	/**
	 * Verifies a password against a stored Argon2 or bcrypt hash. A {@code null} or empty
	 * password, a bcrypt hash with cost below {@value #MIN_BCRYPT_COST} and an
	 * unrecognized hash never match, but still cost one Argon2 verification so their
	 * timing matches a wrong password.
	 * @param rawPassword the password as typed
	 * @param storedHash the stored hash
	 * @return {@code true} when the password matches
	 */
	public boolean matches(String rawPassword, String storedHash) {
		this.verifications.increment();
		String normalized = (rawPassword != null) ? PasswordNormalizer.normalize(rawPassword) : "";
		if (normalized.isEmpty()) {
			verifyDummy(normalized);
			return false;
		}
		if (Argon2Settings.parse(storedHash).isPresent()) {
			return this.argon2.matches(normalized, storedHash);
		}
		OptionalInt bcryptCost = BcryptHashes.cost(storedHash);
		if (bcryptCost.isPresent() && bcryptCost.getAsInt() >= MIN_BCRYPT_COST) {
			return matchesBcrypt(rawPassword, normalized, storedHash);
		}
		verifyDummy(normalized);
		return false;
	}

	/**
	 * Tests whether a stored hash should be replaced by {@link #hash(String)} after the
	 * next successful login.
	 * @param storedHash the stored hash
	 * @return {@code true} for bcrypt hashes, unrecognized text and Argon2 hashes with
	 * weaker parameters than the current ones
	 */
	public boolean needsRehash(String storedHash) {
		return Argon2Settings.parse(storedHash).map((settings) -> settings.weakerThan(CURRENT_SETTINGS)).orElse(true);
	}

	/**
	 * Performs one Argon2 verification against a fixed dummy hash and discards the
	 * result. Call it when no account exists for a login, so that request takes as long
	 * as one with a wrong password. Throws no runtime exception for any input,
	 * {@code null} included, because a failed dummy verification is logged and ignored.
	 * @param rawPassword the password as typed
	 */
	public void matchDummy(String rawPassword) {
		this.verifications.increment();
		try {
			verifyDummy((rawPassword != null) ? PasswordNormalizer.normalize(rawPassword) : "");
		}
		catch (RuntimeException ex) {
			// The result is discarded anyway, and a login for an unknown account must not
			// fail differently from one with a wrong password.
			logger.warn("Dummy password verification failed: {}", ex.getClass().getName());
		}
	}

	/**
	 * Tries the normalized password first and then, if it differs, the password as typed,
	 * because hashes made by the legacy system may predate normalization.
	 * <p>
	 * NOTE: bcrypt ignores everything after the first 72 UTF-8 bytes, and Spring Security
	 * 7.0 matching does too, so a legacy hash also accepts any password that shares those
	 * 72 bytes until it is rehashed.
	 */
	private boolean matchesBcrypt(String rawPassword, String normalized, String storedHash) {
		if (this.bcrypt.matches(normalized, storedHash)) {
			return true;
		}
		return !normalized.equals(rawPassword) && this.bcrypt.matches(rawPassword, storedHash);
	}

	/**
	 * Runs one Argon2 verification against the dummy hash. An empty password is replaced
	 * by a placeholder because Spring's encoder returns at once for empty input.
	 */
	private void verifyDummy(String normalized) {
		this.argon2.matches(normalized.isEmpty() ? DUMMY_PLACEHOLDER : normalized, this.dummyHash);
	}

}
