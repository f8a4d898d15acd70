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
 * Browser logins: the token travels only in a {@code __Host-} cookie that scripts cannot
 * read, next to a readable CSRF cookie.
 */
@IntegrationTest
class CookieLoginTest {

	@LocalServerPort
	int port;

	ApiClient api;

	ApiClient.Response login;

	@BeforeEach
	void setUp() {
		api = new ApiClient(port);
		String email = Accounts.aVerifiedOwner(api);
		login = api.post("/api/v1/auth/login", Map.of("email", email, "password", Accounts.PASSWORD, "client", "web"));
		assertThat(login.status()).as(login.toString()).isEqualTo(200);
	}

	@Test
	void sessionCookieAttributes() {
		String header = CookieHeaders.header(login, SessionCookies.SESSION);
		assertThat(header).as("Set-Cookie for the session").isNotNull();
		Map<String, String> attributes = CookieHeaders.attributes(header);

		assertThat(attributes).containsKey("secure");
		assertThat(attributes).containsKey("httponly");
		assertThat(attributes).containsEntry("samesite", "Strict");
		assertThat(attributes).containsEntry("path", "/");
		assertThat(attributes).doesNotContainKey("domain");
	}

	@Test
	void csrfCookieAttributes() {
		String header = CookieHeaders.header(login, SessionCookies.CSRF);
		assertThat(header).as("Set-Cookie for the CSRF token").isNotNull();
		Map<String, String> attributes = CookieHeaders.attributes(header);

		assertThat(attributes).containsKey("secure");
		assertThat(attributes).doesNotContainKey("httponly");
		assertThat(attributes).containsEntry("samesite", "Strict");
		assertThat(attributes).containsEntry("path", "/");
		assertThat(attributes).doesNotContainKey("domain");
	}

	@Test
	void bodyHasNoToken() {
		assertThat(login.json().has("accessToken")).isFalse();
		assertThat(login.json().has("tokenType")).isFalse();
		assertThat(login.body()).doesNotContain(CookieHeaders.value(login, SessionCookies.SESSION));
	}

	@Test
	void cookieAloneAuthenticatesReads() {
		String cookie = SessionCookies.SESSION + "=" + CookieHeaders.value(login, SessionCookies.SESSION);

		ApiClient.Response me = api.withHeader("Cookie", cookie).get("/api/v1/me");

		assertThat(me.status()).as(me.toString()).isEqualTo(200);
	}

}
