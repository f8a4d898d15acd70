package com.pettoyou.identity;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.data.redis.core.StringRedisTemplate;

import com.pettoyou.identity.bootstrap.Administrators;
import com.pettoyou.identity.session.SessionStore;
import com.pettoyou.support.Accounts;
import com.pettoyou.support.ApiClient;
import com.pettoyou.support.Database;
import com.pettoyou.support.IntegrationTest;
import com.pettoyou.support.Tokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What ends a session and what does not: the per-account limit, logout, a changed
 * User-Agent, self-service session control, administrator changes, and logins that send
 * an earlier session's credentials.
 */
@IntegrationTest
class SessionControlTest {

	private static final Pattern UUID_TEXT = Pattern
		.compile("[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}");

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	StringRedisTemplate redis;

	ApiClient api;

	@BeforeEach
	void setUp() {
		api = new ApiClient(port);
	}

	@Test
	void fourthLoginEndsOldest() {
		String email = Accounts.aVerifiedOwner(api);
		List<ApiClient> sessions = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			sessions.add(api.withToken(Accounts.login(api, email, Accounts.PASSWORD)));
		}

		assertThat(sessions.get(0).get("/api/v1/me").status()).as("oldest session").isEqualTo(401);
		for (int i = 1; i < 4; i++) {
			assertThat(sessions.get(i).get("/api/v1/me").status()).as("session %d", i + 1).isEqualTo(200);
		}
	}

	@Test
	void logoutRemovesServerSession() {
		String email = Accounts.aVerifiedOwner(api);
		String token = Accounts.login(api, email, Accounts.PASSWORD);
		String key = "pettoyou:session:" + SessionStore.refOf(Tokens.tokenId(token));
		assertThat(redis.hasKey(key)).as("session key before logout").isTrue();

		ApiClient.Response logout = api.withToken(token).post("/api/v1/auth/logout", null);

		assertThat(logout.status()).isEqualTo(204);
		assertThat(api.withToken(token).get("/api/v1/me").status()).isEqualTo(401);
		assertThat(redis.hasKey(key)).as("session key after logout").isFalse();
	}

	@Test
	void logoutAllEndsEverySession() {
		String email = Accounts.aVerifiedOwner(api);
		ApiClient first = api.withToken(Accounts.login(api, email, Accounts.PASSWORD));
		ApiClient second = api.withToken(Accounts.login(api, email, Accounts.PASSWORD));

		assertThat(first.post("/api/v1/auth/logout-all", null).status()).isEqualTo(204);

		assertThat(first.get("/api/v1/me").status()).as("session that logged out").isEqualTo(401);
		assertThat(second.get("/api/v1/me").status()).as("other session").isEqualTo(401);
	}

	@Test
	void changedUserAgentEndsSession() {
		String email = Accounts.aVerifiedOwner(api);
		String token = Accounts.login(api, email, Accounts.PASSWORD);
		String ref = SessionStore.refOf(Tokens.tokenId(token));

		int changed = api.withToken(token).withHeader("User-Agent", "other-agent/2.0").get("/api/v1/me").status();
		int original = api.withToken(token).get("/api/v1/me").status();

		assertThat(changed).as("request with another User-Agent").isEqualTo(401);
		assertThat(original).as("later request with the login User-Agent").isEqualTo(401);
		List<Database.AuditRow> ended = Database.auditByActionAndResource("SESSION_ENDED", ref);
		assertThat(ended).hasSize(1);
		assertThat(ended.get(0).details()).contains("\"reason\": \"user_agent_changed\"");
	}

	@Test
	void sessionListShowsNoSecrets() {
		String email = Accounts.aVerifiedOwner(api);
		String first = Accounts.login(api, email, Accounts.PASSWORD);
		String second = Accounts.login(api, email, Accounts.PASSWORD);

		ApiClient.Response list = api.withToken(second).get("/api/v1/me/sessions");

		assertThat(list.status()).isEqualTo(200);
		JsonNode items = list.json().get("items");
		assertThat(items).hasSize(2);
		for (JsonNode item : items) {
			assertThat(item.propertyNames()).containsExactlyInAnyOrder("id", "createdAt", "lastSeenAt", "current",
					"userAgent");
		}
		for (String token : List.of(first, second)) {
			assertThat(list.body()).doesNotContain(Tokens.tokenId(token));
			assertThat(list.body()).doesNotContain(token.split("\\.")[2]);
		}
	}

	@Test
	void endingOtherSessionNeedsPassword() {
		String email = Accounts.aVerifiedOwner(api);
		ApiClient other = api.withToken(Accounts.login(api, email, Accounts.PASSWORD));
		String otherRef = SessionStore.refOf(Tokens.tokenId(Accounts.login(api, email, Accounts.PASSWORD)));
		ApiClient current = api.withToken(Accounts.login(api, email, Accounts.PASSWORD));
		String path = "/api/v1/me/sessions/" + otherRef;

		ApiClient.Response withoutPassword = current.delete(path);
		ApiClient.Response withPassword = current.send("DELETE", path, Map.of("currentPassword", Accounts.PASSWORD));

		assertThat(withoutPassword.status()).as(withoutPassword.toString()).isEqualTo(403);
		assertThat(withPassword.status()).as(withPassword.toString()).isEqualTo(204);
		assertThat(other.get("/api/v1/me").status()).as("session that was not ended").isEqualTo(200);
		assertThat(current.get("/api/v1/me").status()).as("session that ended the other").isEqualTo(200);
	}

	@Test
	void endedOtherSessionRejected() {
		String email = Accounts.aVerifiedOwner(api);
		String otherToken = Accounts.login(api, email, Accounts.PASSWORD);
		ApiClient current = api.withToken(Accounts.login(api, email, Accounts.PASSWORD));

		ApiClient.Response ended = current.send("DELETE",
				"/api/v1/me/sessions/" + SessionStore.refOf(Tokens.tokenId(otherToken)),
				Map.of("currentPassword", Accounts.PASSWORD));

		assertThat(ended.status()).as(ended.toString()).isEqualTo(204);
		assertThat(api.withToken(otherToken).get("/api/v1/me").status()).isEqualTo(401);
	}

	@Test
	void otherAccountsSessionNotFound() {
		String victimEmail = Accounts.aVerifiedOwner(api);
		String victimToken = Accounts.login(api, victimEmail, Accounts.PASSWORD);
		String attackerEmail = Accounts.aVerifiedOwner(api);
		ApiClient attacker = api.withToken(Accounts.login(api, attackerEmail, Accounts.PASSWORD));

		ApiClient.Response response = attacker.send("DELETE",
				"/api/v1/me/sessions/" + SessionStore.refOf(Tokens.tokenId(victimToken)),
				Map.of("currentPassword", Accounts.PASSWORD));

		assertThat(response.status()).as(response.toString()).isEqualTo(404);
		assertThat(api.withToken(victimToken).get("/api/v1/me").status()).as("victim session").isEqualTo(200);
	}

	@Test
	void requestsDuringLogoutLeaveNoSession() throws Exception {
		String email = Accounts.aVerifiedOwner(api);
		String token = Accounts.login(api, email, Accounts.PASSWORD);
		ApiClient owner = api.withToken(token);
		String key = "pettoyou:session:" + SessionStore.refOf(Tokens.tokenId(token));

		List<Integer> statuses = new ArrayList<>();
		try (ExecutorService pool = Executors.newFixedThreadPool(16)) {
			List<Future<Integer>> reads = new ArrayList<>();
			for (int i = 0; i < 200; i++) {
				reads.add(pool.submit(() -> owner.get("/api/v1/me").status()));
			}
			assertThat(owner.post("/api/v1/auth/logout", null).status()).isEqualTo(204);
			for (Future<Integer> read : reads) {
				statuses.add(read.get());
			}
		}

		assertThat(statuses).as("statuses of requests sent around the logout").containsOnly(200, 401);
		assertThat(owner.get("/api/v1/me").status()).as("request after the logout").isEqualTo(401);
		assertThat(redis.hasKey(key)).as("session key after the logout").isFalse();
	}

	@Test
	void roleChangeEndsSessions() {
		String email = Accounts.aVerifiedOwner(api);
		ApiClient owner = api.withToken(Accounts.login(api, email, Accounts.PASSWORD));
		UUID id = Accounts.accountId(owner);
		ApiClient admin = Administrators.aSignedInAdministrator(context, api);

		ApiClient.Response changed = admin.patch("/api/v1/admin/accounts/" + id, Map.of("role", "CLAIMS_ADJUSTER"));

		assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
		assertThat(owner.get("/api/v1/me").status()).isEqualTo(401);
	}

	@Test
	void disablingEndsSessions() {
		String email = Accounts.aVerifiedOwner(api);
		ApiClient owner = api.withToken(Accounts.login(api, email, Accounts.PASSWORD));
		UUID id = Accounts.accountId(owner);
		ApiClient admin = Administrators.aSignedInAdministrator(context, api);

		ApiClient.Response disabled = admin.patch("/api/v1/admin/accounts/" + id, Map.of("status", "DISABLED"));

		assertThat(disabled.status()).as(disabled.toString()).isEqualTo(200);
		assertThat(owner.get("/api/v1/me").status()).isEqualTo(401);
	}

	@Test
	void sessionIdsAreRandom32Bytes() {
		String email = Accounts.aVerifiedOwner(api);
		ApiClient.Response login = Accounts.attemptLogin(api, email, Accounts.PASSWORD);
		String tokenId = Tokens.tokenId(login.json().get("accessToken").asString());
		String sessionId = login.json().get("sessionId").asString();

		assertThat(Base64.getUrlDecoder().decode(tokenId)).as("token id bytes").hasSize(32);
		assertThat(Base64.getUrlDecoder().decode(sessionId)).as("session id bytes").hasSize(32);
		assertThat(UUID_TEXT.matcher(tokenId).find()).as("token id looks like a UUID").isFalse();
		assertThat(UUID_TEXT.matcher(sessionId).find()).as("session id looks like a UUID").isFalse();
	}

	@Test
	void madeUpCookieNotAdopted() {
		String email = Accounts.aVerifiedOwner(api);
		String madeUp = "X" + UUID.randomUUID().toString().replace("-", "");
		ApiClient withCookie = api.withHeader("Cookie", SessionCookies.SESSION + "=" + madeUp);

		ApiClient.Response login = withCookie.post("/api/v1/auth/login",
				Map.of("email", email, "password", Accounts.PASSWORD, "client", "web"));

		assertThat(login.status()).as(login.toString()).isEqualTo(200);
		String issued = CookieHeaders.value(login, SessionCookies.SESSION);
		assertThat(issued).isNotBlank();
		assertThat(issued).isNotEqualTo(madeUp);
		assertThat(withCookie.get("/api/v1/me").status()).as("request with the made-up cookie").isEqualTo(401);
	}

	@Test
	void loginWithOldCookieRotatesSession() {
		String email = Accounts.aVerifiedOwner(api);
		String oldCookie = CookieHeaders.value(webLogin(api, email), SessionCookies.SESSION);
		ApiClient oldSession = api.withHeader("Cookie", SessionCookies.SESSION + "=" + oldCookie);

		String newCookie = CookieHeaders.value(webLogin(oldSession, email), SessionCookies.SESSION);
		ApiClient newSession = api.withHeader("Cookie", SessionCookies.SESSION + "=" + newCookie);

		assertThat(Tokens.tokenId(newCookie)).isNotEqualTo(Tokens.tokenId(oldCookie));
		assertThat(newSession.get("/api/v1/me").status()).as("new session").isEqualTo(200);
		assertThat(oldSession.get("/api/v1/me").status()).as("old session").isEqualTo(401);
		assertThat(newSession.get("/api/v1/me/sessions").json().get("items")).as("live sessions").hasSize(1);
	}

	@Test
	void loginWithOldTokenRotatesSession() {
		String email = Accounts.aVerifiedOwner(api);
		String oldToken = Accounts.login(api, email, Accounts.PASSWORD);
		ApiClient oldSession = api.withToken(oldToken);

		String newToken = Accounts.login(oldSession, email, Accounts.PASSWORD);
		ApiClient newSession = api.withToken(newToken);

		assertThat(Tokens.tokenId(newToken)).isNotEqualTo(Tokens.tokenId(oldToken));
		assertThat(newSession.get("/api/v1/me").status()).as("new session").isEqualTo(200);
		assertThat(oldSession.get("/api/v1/me").status()).as("old session").isEqualTo(401);
		assertThat(newSession.get("/api/v1/me/sessions").json().get("items")).as("live sessions").hasSize(1);
	}

	private static ApiClient.Response webLogin(ApiClient client, String email) {
		ApiClient.Response login = client.post("/api/v1/auth/login",
				Map.of("email", email, "password", Accounts.PASSWORD, "client", "web"));
		assertThat(login.status()).as(login.toString()).isEqualTo(200);
		return login;
	}

}
