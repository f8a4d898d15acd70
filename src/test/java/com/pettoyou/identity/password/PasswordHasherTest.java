package com.pettoyou.identity.password;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

class PasswordHasherTest {

	private static final String PASSWORD = "purring tabby 고양이 42";

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	private final PasswordHasher hasher = new PasswordHasher(this.registry);

	@Test
	void hashUsesArgon2idPhcFormat() {
		String hash = this.hasher.hash(PASSWORD);
		assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
		Argon2Settings settings = Argon2Settings.parse(hash).orElseThrow();
		assertThat(settings.saltBytes()).isEqualTo(16);
		assertThat(settings.hashBytes()).isEqualTo(32);
		assertThat(this.hasher.needsRehash(hash)).isFalse();
	}

	@Test
	void hashesOfOnePasswordDiffer() {
		String first = this.hasher.hash(PASSWORD);
		String second = this.hasher.hash(PASSWORD);
		assertThat(first).isNotEqualTo(second);
		assertThat(this.hasher.matches(PASSWORD, first)).isTrue();
		assertThat(this.hasher.matches(PASSWORD, second)).isTrue();
	}

	@Test
	void lastCharacterOfLongPasswordMatters() {
		String password = "k".repeat(127) + "a";
		String hash = this.hasher.hash(password);
		assertThat(this.hasher.matches(password, hash)).isTrue();
		assertThat(this.hasher.matches("k".repeat(127) + "b", hash)).isFalse();
	}

	@Test
	void caseChangeFails() {
		String hash = this.hasher.hash(PASSWORD);
		assertThat(this.hasher.matches(PASSWORD.toUpperCase(), hash)).isFalse();
	}

	@Test
	void extraCharacterFails() {
		String hash = this.hasher.hash(PASSWORD);
		assertThat(this.hasher.matches(PASSWORD + "!", hash)).isFalse();
	}

	@Test
	void emptyPasswordFails() {
		String hash = this.hasher.hash(PASSWORD);
		assertThat(this.hasher.matches("", hash)).isFalse();
		assertThat(this.hasher.matches(null, hash)).isFalse();
	}

	@Test
	void fullwidthFormMatchesPlainForm() {
		String hash = this.hasher.hash("password \uFF11\uFF12\uFF13 tabby");
		assertThat(this.hasher.matches("password 123 tabby", hash)).isTrue();
	}

	@Test
	void bcryptCostTenVerifiesAndNeedsRehash() {
		String hash = new BCryptPasswordEncoder(10).encode(PASSWORD);
		assertThat(hash).startsWith("$2a$10$");
		assertThat(this.hasher.matches(PASSWORD, hash)).isTrue();
		assertThat(this.hasher.matches(PASSWORD + "!", hash)).isFalse();
		assertThat(this.hasher.needsRehash(hash)).isTrue();
	}

	@Test
	void bcryptPrefixVariantsVerify() {
		String hash = new BCryptPasswordEncoder(10).encode(PASSWORD);
		assertThat(this.hasher.matches(PASSWORD, "$2b$" + hash.substring(4))).isTrue();
		assertThat(this.hasher.matches(PASSWORD, "$2y$" + hash.substring(4))).isTrue();
	}

	@Test
	void bcryptOfUnnormalizedPasswordVerifies() {
		String fullwidth = "tabby \uFF11\uFF12\uFF13";
		String hash = new BCryptPasswordEncoder(10).encode(fullwidth);
		assertThat(this.hasher.matches(fullwidth, hash)).isTrue();
	}

	@Test
	void bcryptIgnoresBytesAfterSeventyTwo() {
		String password = "k".repeat(72);
		String hash = new BCryptPasswordEncoder(10).encode(password);
		assertThat(this.hasher.matches(password + "tail", hash)).isTrue();
		assertThat(this.hasher.needsRehash(hash)).isTrue();
	}

	@Test
	void bcryptCostFourNeverMatches() {
		String hash = new BCryptPasswordEncoder(4).encode(PASSWORD);
		assertThat(this.hasher.matches(PASSWORD, hash)).isFalse();
		assertThat(this.hasher.needsRehash(hash)).isTrue();
	}

	@Test
	void unrecognizedHashNeverMatches() {
		assertThat(this.hasher.matches(PASSWORD, PASSWORD)).isFalse();
		assertThat(this.hasher.matches(PASSWORD, "$argon2id$v=19$m=19456,t=2,p=1$bad")).isFalse();
		assertThat(this.hasher.matches(PASSWORD, null)).isFalse();
		assertThat(this.hasher.needsRehash("not a hash")).isTrue();
		assertThat(this.hasher.needsRehash(null)).isTrue();
	}

	@Test
	void weakerArgon2NeedsRehash() {
		String fewerIterations = new Argon2PasswordEncoder(16, 32, 1, 19456, 1).encode(PASSWORD);
		String lessMemory = new Argon2PasswordEncoder(16, 32, 1, 8192, 2).encode(PASSWORD);
		String shorterHash = new Argon2PasswordEncoder(16, 16, 1, 19456, 2).encode(PASSWORD);
		assertThat(this.hasher.needsRehash(fewerIterations)).isTrue();
		assertThat(this.hasher.needsRehash(lessMemory)).isTrue();
		assertThat(this.hasher.needsRehash(shorterHash)).isTrue();
		assertThat(this.hasher.matches(PASSWORD, fewerIterations)).isTrue();
	}

	@Test
	void strongerArgon2KeptAsIs() {
		String moreIterations = new Argon2PasswordEncoder(16, 32, 2, 19456, 3).encode(PASSWORD);
		assertThat(this.hasher.needsRehash(moreIterations)).isFalse();
		assertThat(this.hasher.matches(PASSWORD, moreIterations)).isTrue();
	}

	@Test
	void counterCountsRealAndDummyChecks() {
		String hash = this.hasher.hash(PASSWORD);
		this.hasher.matches(PASSWORD, hash);
		assertThat(verificationCount()).isEqualTo(1.0);
		this.hasher.matchDummy(PASSWORD);
		assertThat(verificationCount()).isEqualTo(2.0);
		this.hasher.matches("", hash);
		assertThat(verificationCount()).isEqualTo(3.0);
	}

	@Test
	void matchDummyThrowsNothing() {
		assertThatNoException().isThrownBy(() -> this.hasher.matchDummy(PASSWORD));
		assertThatNoException().isThrownBy(() -> this.hasher.matchDummy(""));
		assertThatNoException().isThrownBy(() -> this.hasher.matchDummy(null));
	}

	private double verificationCount() {
		return this.registry.get(PasswordHasher.VERIFICATIONS_METRIC).counter().count();
	}

}
