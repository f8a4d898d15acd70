package com.pettoyou.identity;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.pettoyou.support.Accounts;
import com.pettoyou.support.ApiClient;
import com.pettoyou.support.IntegrationTest;
import com.pettoyou.support.Outbox;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tokens never travel in query strings: the API ignores a token in the URL, and the links
 * in account mail carry their tokens in the fragment, which browsers do not send to
 * servers.
 */
@IntegrationTest
class TokensOutsideUrlsTest {

	@LocalServerPort
	int port;

	ApiClient api;

	@BeforeEach
	void setUp() {
		api = new ApiClient(port);
	}

	@Test
	void accessTokenInQueryIsIgnored() {
		String email = Accounts.aVerifiedOwner(api);
		String token = Accounts.login(api, email, Accounts.PASSWORD);

		assertThat(api.get("/api/v1/me?access_token=" + token).status()).isEqualTo(401);
		assertThat(api.withToken(token).get("/api/v1/me").status()).isEqualTo(200);
	}

	@Test
	void mailLinksKeepTokensOutOfQuery() {
		String email = Accounts.aVerifiedOwner(api);
		api.post("/api/v1/auth/password/reset-request", Map.of("email", email));

		for (Outbox.Mail mail : Outbox.to(email)) {
			assertThat(mail.body()).doesNotContainPattern("\\?[^\\s]*token=");
		}
		assertThat(Outbox.to(email)).anySatisfy((mail) -> assertThat(mail.body()).contains("#token="));
	}

}
