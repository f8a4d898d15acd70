package com.pettoyou.identity;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.pettoyou.support.Accounts;
import com.pettoyou.support.ApiClient;
import com.pettoyou.support.Database;
import com.pettoyou.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stored password hashes are salted Argon2id with at least 19456 KiB of memory and 2
 * iterations.
 */
@IntegrationTest
class PasswordStorageTest {

	private static final Pattern ARGON2ID = Pattern.compile("^\\$argon2id\\$v=19\\$m=(\\d+),t=(\\d+),p=(\\d+)\\$");

	@LocalServerPort
	int port;

	ApiClient api;

	@BeforeEach
	void setUp() {
		api = new ApiClient(port);
	}

	@Test
	void hashIsArgon2idWithMinimumCost() {
		String hash = storedHash(Accounts.aVerifiedOwner(api));

		Matcher parameters = ARGON2ID.matcher(hash);
		assertThat(parameters.find()).as("hash starts with $argon2id$v=19$m=").isTrue();
		assertThat(Integer.parseInt(parameters.group(1))).as("memory in KiB").isGreaterThanOrEqualTo(19456);
		assertThat(Integer.parseInt(parameters.group(2))).as("iterations").isGreaterThanOrEqualTo(2);
	}

	@Test
	void samePasswordHashesDiffer() {
		String first = storedHash(Accounts.aVerifiedOwner(api));
		String second = storedHash(Accounts.aVerifiedOwner(api));

		assertThat(first).isNotEqualTo(second);
	}

	private String storedHash(String email) {
		return Database.passwordHash(Accounts.accountId(api.withToken(Accounts.login(api, email, Accounts.PASSWORD))));
	}

}
