package com.pettoyou.web;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.pettoyou.identity.SessionCookies;
import com.pettoyou.support.Accounts;
import com.pettoyou.support.ApiClient;

import static org.assertj.core.api.Assertions.assertThat;

@EdgeIntegrationTest
class CsrfTest {

	@LocalServerPort
	int port;

	ApiClient api;

	@BeforeEach
	void setUp() {
		api = EdgeClients.fromNewAddress(new ApiClient(port));
	}

	@Test
	void cookieWriteWithoutTokenIsForbidden() {
		BrowserSession session = webLogin(Accounts.aVerifiedOwner(api));

		ApiClient.Response response = session.withCookie().post("/api/v1/auth/logout", null);

		HeaderChecks.assertProblem(response, 403, "forbidden");
		assertThat(session.withCookie().get("/api/v1/me").status()).as("session still alive").isEqualTo(200);
	}

	@Test
	void tokenOfAnotherSessionIsForbidden() {
		String email = Accounts.aVerifiedOwner(api);
		BrowserSession victim = webLogin(email);
		BrowserSession other = webLogin(email);

		ApiClient.Response response = victim.withCookie()
			.withHeader(SessionCookies.CSRF_HEADER, other.csrfToken())
			.post("/api/v1/auth/logout", null);

		HeaderChecks.assertProblem(response, 403, "forbidden");
	}

	@Test
	void forgedCookieAndHeaderAreForbidden() {
		BrowserSession session = webLogin(Accounts.aVerifiedOwner(api));
		String forged = "bm9uY2Vub25jZW5vbmNl.Zm9yZ2VkLW1hYy1mb3JnZWQtbWFjLWZvcmdlZC1tYWMtZm9yZ2Vk";

		ApiClient.Response response = api
			.withHeader("Cookie",
					SessionCookies.SESSION + "=" + session.sessionToken() + "; " + SessionCookies.CSRF + "=" + forged)
			.withHeader(SessionCookies.CSRF_HEADER, forged)
			.post("/api/v1/auth/logout", null);

		HeaderChecks.assertProblem(response, 403, "forbidden");
	}

	@Test
	void everyWriteMethodNeedsToken() {
		BrowserSession session = webLogin(Accounts.aVerifiedOwner(api));

		ApiClient.Response delete = session.withCookie().delete("/api/v1/me/sessions/unknown");
		ApiClient.Response patch = session.withCookie().patch(TestEndpoints.TYPED_BODY_PATH, StrictJsonTest.VALID);
		ApiClient.Response put = session.withCookie().send("PUT", "/api/v1/me", Map.of());

		assertThat(delete.status()).as("DELETE").isEqualTo(403);
		assertThat(patch.status()).as("PATCH").isEqualTo(403);
		assertThat(put.status()).as("PUT").isEqualTo(403);
	}

	@Test
	void rightTokenPasses() {
		BrowserSession session = webLogin(Accounts.aVerifiedOwner(api));

		ApiClient.Response response = session.withCookie()
			.withHeader(SessionCookies.CSRF_HEADER, session.csrfToken())
			.post("/api/v1/auth/logout", null);

		assertThat(response.status()).as(response.toString()).isEqualTo(204);
		assertThat(session.withCookie().get("/api/v1/me").status()).as("session ended").isEqualTo(401);
	}

	@Test
	void cookieReadNeedsNoToken() {
		BrowserSession session = webLogin(Accounts.aVerifiedOwner(api));

		assertThat(session.withCookie().get("/api/v1/me").status()).isEqualTo(200);
	}

	@Test
	void bearerWriteNeedsNoToken() {
		String token = Accounts.login(api, Accounts.aVerifiedOwner(api), Accounts.PASSWORD);

		ApiClient.Response response = api.withToken(token).post("/api/v1/auth/logout", null);

		assertThat(response.status()).as(response.toString()).isEqualTo(204);
	}

	@Test
	void headerWinsOverCookie() {
		String email = Accounts.aVerifiedOwner(api);
		BrowserSession browser = webLogin(email);
		String bearer = Accounts.login(api, email, Accounts.PASSWORD);

		ApiClient.Response response = browser.withCookie().withToken(bearer).post("/api/v1/auth/logout", null);

		assertThat(response.status()).as(response.toString()).isEqualTo(204);
		assertThat(api.withToken(bearer).get("/api/v1/me").status()).as("bearer session ended").isEqualTo(401);
		assertThat(browser.withCookie().get("/api/v1/me").status()).as("cookie session alive").isEqualTo(200);
	}

	@Test
	void staleCookieDoesNotBlockLogin() {
		String email = Accounts.aVerifiedOwner(api);

		ApiClient.Response response = api.withHeader("Cookie", SessionCookies.SESSION + "=ended.session.token")
			.post("/api/v1/auth/login", Map.of("email", email, "password", Accounts.PASSWORD));

		assertThat(response.status()).as(response.toString()).isEqualTo(200);
	}

	private BrowserSession webLogin(String email) {
		ApiClient.Response response = api.post("/api/v1/auth/login",
				Map.of("email", email, "password", Accounts.PASSWORD, "client", "web"));
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		return new BrowserSession(api, cookie(response, SessionCookies.SESSION), cookie(response, SessionCookies.CSRF));
	}

	private static String cookie(ApiClient.Response response, String name) {
		return response.headers("Set-Cookie")
			.stream()
			.filter((header) -> header.startsWith(name + "="))
			.map((header) -> header.substring(name.length() + 1, header.indexOf(';')))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No cookie " + name + " in " + response.raw().headers()));
	}

	/** A browser's session cookie and the CSRF token from its readable cookie. */
	record BrowserSession(ApiClient api, String sessionToken, String csrfToken) {

		ApiClient withCookie() {
			return api.withHeader("Cookie", SessionCookies.SESSION + "=" + sessionToken);
		}

	}

}
