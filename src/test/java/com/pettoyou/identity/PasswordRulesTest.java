package com.pettoyou.identity;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.pettoyou.support.Accounts;
import com.pettoyou.support.ApiClient;
import com.pettoyou.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Password rules as clients meet them: 12 to 128 code points, no composition rule, a
 * common-password list, and verification of the whole password at login.
 */
@IntegrationTest
class PasswordRulesTest {

	@LocalServerPort
	int port;

	ApiClient api;

	@BeforeEach
	void setUp() {
		api = new ApiClient(port);
	}

	@Test
	void elevenCharactersTooShort() {
		ApiClient.Response response = register(Accounts.uniqueEmail(), "tiny horse!");

		assertThat(response.status()).as(response.toString()).isEqualTo(400);
		assertThat(ProblemBodies.fieldErrorCodes(response, "password")).containsExactly("password_too_short");
	}

	@Test
	void twelveCharactersAccepted() {
		ApiClient.Response response = register(Accounts.uniqueEmail(), "tiny horses!");

		assertThat(response.status()).as(response.toString()).isEqualTo(202);
	}

	@Test
	void hangulPassphraseAccepted() {
		String passphrase = "quiet river stones 고양이와 강아지 under the old bridge near maple hill";
		assertThat(passphrase.codePointCount(0, passphrase.length())).isEqualTo(64);

		ApiClient.Response response = register(Accounts.uniqueEmail(), passphrase);

		assertThat(response.status()).as(response.toString()).isEqualTo(202);
	}

	@Test
	void lettersOnlyAccepted() {
		ApiClient.Response response = register(Accounts.uniqueEmail(), "lowercaseletterswithoutdigits");

		assertThat(response.status()).as(response.toString()).isEqualTo(202);
	}

	@Test
	void commonPasswordRejected() {
		ApiClient.Response response = register(Accounts.uniqueEmail(), "password123!");

		assertThat(response.status()).as(response.toString()).isEqualTo(400);
		assertThat(ProblemBodies.fieldErrorCodes(response, "password")).containsExactly("password_too_common");
	}

	@Test
	void over128CharactersRejected() {
		ApiClient.Response response = register(Accounts.uniqueEmail(), "a".repeat(128) + "b");

		assertThat(response.status()).as(response.toString()).isEqualTo(400);
		assertThat(ProblemBodies.fieldErrorCodes(response, "password")).containsExactly("password_too_long");
	}

	@Test
	void changeToShortPasswordRejected() {
		String email = Accounts.aVerifiedOwner(api);
		ApiClient owner = api.withToken(Accounts.login(api, email, Accounts.PASSWORD));

		ApiClient.Response response = owner.post("/api/v1/auth/password/change",
				Map.of("currentPassword", Accounts.PASSWORD, "newPassword", "tiny horse!"));

		assertThat(response.status()).as(response.toString()).isEqualTo(400);
		assertThat(ProblemBodies.fieldErrorCodes(response, "newPassword")).containsExactly("password_too_short");
	}

	@Test
	void extraCharacterFailsLogin() {
		String email = Accounts.aVerifiedOwner(api);

		ApiClient.Response response = Accounts.attemptLogin(api, email, Accounts.PASSWORD + "x");

		assertThat(response.status()).as(response.toString()).isEqualTo(401);
		assertThat(ProblemBodies.code(response)).isEqualTo("invalid_credentials");
	}

	@Test
	void changedCaseFailsLogin() {
		String email = Accounts.aVerifiedOwner(api);

		ApiClient.Response upper = Accounts.attemptLogin(api, email, Accounts.PASSWORD.toUpperCase());
		ApiClient.Response firstUpper = Accounts.attemptLogin(api, email, "C" + Accounts.PASSWORD.substring(1));

		assertThat(upper.status()).as(upper.toString()).isEqualTo(401);
		assertThat(firstUpper.status()).as(firstUpper.toString()).isEqualTo(401);
	}

	@Test
	void longPasswordVerifiedToLastCharacter() {
		String password = "long passphrase ".repeat(8).substring(0, 127) + "a";
		assertThat(password).hasSize(128);
		String email = Accounts.aVerifiedOwner(api, Accounts.uniqueEmail(), password);

		ApiClient.Response lastDiffers = Accounts.attemptLogin(api, email, password.substring(0, 127) + "b");
		ApiClient.Response exact = Accounts.attemptLogin(api, email, password);

		assertThat(lastDiffers.status()).as(lastDiffers.toString()).isEqualTo(401);
		assertThat(exact.status()).as(exact.toString()).isEqualTo(200);
	}

	private ApiClient.Response register(String email, String password) {
		return api.post("/api/v1/auth/register", Map.of("email", email, "password", password, "name", "Test Owner"));
	}

}
