package com.pettoyou.monitoring.console;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import com.pettoyou.identity.bootstrap.Administrators;
import com.pettoyou.support.Accounts;
import com.pettoyou.support.ApiClient;
import com.pettoyou.support.Database;
import com.pettoyou.support.IntegrationTest;

import static com.pettoyou.monitoring.console.ConsoleFixtures.AUDITOR_PASSWORD;
import static com.pettoyou.monitoring.console.ConsoleFixtures.form;
import static com.pettoyou.monitoring.console.ConsoleFixtures.sameOriginForms;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The security console over plain HTTP: redirects, denials, CSRF checks and headers, as a
 * browser that follows no redirects would see them.
 */
@IntegrationTest
class ConsoleHttpTest {

	static final String CONSOLE_POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Test
	void anonymousConsoleRedirectsToSignIn() {
		ApiClient.Response response = new ApiClient(port).get("/console");

		assertThat(response.status()).as(response.toString()).isEqualTo(303);
		assertThat(response.header("Location")).endsWith("/console/sign-in");
	}

	@Test
	void staleSessionCookieRedirectsToSignIn() {
		ApiClient api = new ApiClient(port).withHeader("Cookie", "__Host-pettoyou-session=not.a.token");

		ApiClient.Response response = api.get("/console");

		assertThat(response.status()).as(response.toString()).isEqualTo(303);
		assertThat(response.header("Location")).endsWith("/console/sign-in");
	}

	@Test
	void signInPageCarriesConsoleHeaders() {
		ApiClient.Response response = new ApiClient(port).get("/console/sign-in");

		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		assertThat(response.header("Content-Type")).startsWith("text/html");
		assertThat(response.header("Content-Security-Policy")).isEqualTo(CONSOLE_POLICY);
		assertThat(response.header("Content-Security-Policy")).doesNotContain("unsafe-inline");
		assertThat(response.header("Cache-Control")).isEqualTo("no-store");
		assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
		assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(response.header("Referrer-Policy")).isEqualTo("no-referrer");
		assertThat(response.header("Strict-Transport-Security")).contains("max-age=31536000");
		assertThat(response.body()).contains("name=\"email\"").contains("name=\"password\"");
	}

	@Test
	void stylesheetIsPublic() {
		ApiClient.Response response = new ApiClient(port).get("/console/console.css");

		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		assertThat(response.header("Content-Type")).startsWith("text/css");
	}

	@Test
	void consolePageCarriesConsolePolicy() {
		ApiClient api = new ApiClient(port);
		ApiClient auditor = ConsoleFixtures.signedIn(api, ConsoleFixtures.anAuditor(context, api), AUDITOR_PASSWORD);

		ApiClient.Response response = auditor.get("/console");

		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		assertThat(response.header("Content-Security-Policy")).isEqualTo(CONSOLE_POLICY);
		assertThat(response.header("Cache-Control")).isEqualTo("no-store");
		assertThat(response.body()).contains("id=\"chart-failed-logins\"").contains("Verify now");
	}

	@Test
	void apiKeepsApiPolicy() {
		ApiClient.Response response = new ApiClient(port).get("/api/v1/me");

		assertThat(response.header("Content-Security-Policy"))
			.isEqualTo("default-src 'none'; frame-ancestors 'none'; base-uri 'none'");
	}

	@Test
	void ownerGetsForbiddenAndAudited() {
		ApiClient api = new ApiClient(port);
		String email = Accounts.aVerifiedOwner(api);
		ApiClient owner = ConsoleFixtures.signedIn(api, email, Accounts.PASSWORD);
		UUID ownerId = Accounts.accountId(api.withToken(Accounts.login(api, email, Accounts.PASSWORD)));

		ApiClient.Response response = owner.get("/console");

		assertThat(response.status()).as(response.toString()).isEqualTo(403);
		assertThat(response.header("Content-Security-Policy")).isEqualTo(CONSOLE_POLICY);
		assertThat(response.body()).contains("This account cannot use the console");
		long denials = Database.jdbc()
			.sql("""
					SELECT count(*) FROM audit_event
					WHERE action = 'ACCESS_DENIED' AND actor_id = :actor AND resource_id = '/console'""")
			.param("actor", ownerId)
			.query(Long.class)
			.single();
		assertThat(denials).isEqualTo(1);
	}

	@Test
	void ownerBearerTokenGetsForbidden() {
		ApiClient api = new ApiClient(port);
		String email = Accounts.aVerifiedOwner(api);
		ApiClient owner = api.withToken(Accounts.login(api, email, Accounts.PASSWORD));

		assertThat(owner.get("/console").status()).isEqualTo(403);
	}

	@Test
	void oneTimePasswordSessionMustChangeIt() {
		ApiClient api = new ApiClient(port);
		String email = Administrators.anAdministratorWithOneTimePassword(context);

		ApiClient.Response signIn = sameOriginForms(api).post("/console/sign-in",
				form(Map.of("email", email, "password", Administrators.PASSWORD)));
		ApiClient restricted = ConsoleFixtures.signedIn(api, email, Administrators.PASSWORD);
		ApiClient.Response page = restricted.get("/console/denied");
		ApiClient.Response console = restricted.get("/console");

		assertThat(signIn.status()).as(signIn.toString()).isEqualTo(303);
		assertThat(signIn.header("Location")).endsWith("/console/denied");
		assertThat(page.status()).isEqualTo(403);
		assertThat(page.body()).contains("Change your password first");
		assertThat(console.status()).isEqualTo(403);
		assertThat(console.body()).contains("Change your password first");
	}

	@Test
	void verifyWithoutCsrfTokenIsForbidden() {
		ApiClient api = new ApiClient(port);
		ApiClient auditor = ConsoleFixtures.signedIn(api, ConsoleFixtures.anAuditor(context, api), AUDITOR_PASSWORD);
		ApiClient forms = sameOriginForms(auditor);

		ApiClient.Response missing = forms.post("/console/verify", "");
		ApiClient.Response forged = forms.post("/console/verify", form(Map.of("_csrf", "abc.def")));

		assertThat(missing.status()).as(missing.toString()).isEqualTo(403);
		assertThat(forged.status()).as(forged.toString()).isEqualTo(403);
	}

	@Test
	void verifyWithCsrfTokenShowsResult() {
		ApiClient api = new ApiClient(port);
		ApiClient auditor = ConsoleFixtures.signedIn(api, ConsoleFixtures.anAuditor(context, api), AUDITOR_PASSWORD);
		String token = ConsoleFixtures.csrfField(auditor.get("/console").body());

		ApiClient.Response response = sameOriginForms(auditor).post("/console/verify", form(Map.of("_csrf", token)));

		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		assertThat(response.body()).contains("Verification finished: VALID");
	}

	@Test
	void csrfTokenOfAnotherSessionIsForbidden() {
		ApiClient api = new ApiClient(port);
		String email = ConsoleFixtures.anAuditor(context, api);
		ApiClient first = ConsoleFixtures.signedIn(api, email, AUDITOR_PASSWORD);
		ApiClient second = ConsoleFixtures.signedIn(api, email, AUDITOR_PASSWORD);
		String firstToken = ConsoleFixtures.csrfField(first.get("/console").body());

		ApiClient.Response response = sameOriginForms(second).post("/console/verify",
				form(Map.of("_csrf", firstToken)));

		assertThat(response.status()).as(response.toString()).isEqualTo(403);
	}

	@Test
	void signInFromForeignOriginIsRejected() {
		ApiClient api = new ApiClient(port);
		String email = ConsoleFixtures.anAuditor(context, api);
		String body = form(Map.of("email", email, "password", AUDITOR_PASSWORD));
		ApiClient forms = api.withHeader("Content-Type", ConsoleFixtures.FORM);

		ApiClient.Response foreignOrigin = forms.withHeader("Origin", "https://attacker.example")
			.post("/console/sign-in", body);
		ApiClient.Response crossSite = forms.withHeader("Sec-Fetch-Site", "cross-site").post("/console/sign-in", body);
		ApiClient.Response noHeaders = forms.post("/console/sign-in", body);
		ApiClient.Response sameOrigin = forms.withHeader("Origin", "http://127.0.0.1:" + port)
			.post("/console/sign-in", body);

		assertThat(foreignOrigin.status()).as(foreignOrigin.toString()).isEqualTo(403);
		assertThat(foreignOrigin.headers("Set-Cookie")).isEmpty();
		assertThat(crossSite.status()).isEqualTo(403);
		assertThat(crossSite.headers("Set-Cookie")).isEmpty();
		assertThat(noHeaders.status()).isEqualTo(403);
		assertThat(sameOrigin.status()).as(sameOrigin.toString()).isEqualTo(303);
	}

	@Test
	void credentialsInTheQueryStringAreRejected() {
		ApiClient api = new ApiClient(port);
		String email = ConsoleFixtures.anAuditor(context, api);
		String query = form(Map.of("email", email, "password", AUDITOR_PASSWORD));

		ApiClient.Response response = sameOriginForms(api).post("/console/sign-in?" + query, "");

		assertThat(response.status()).as(response.toString()).isEqualTo(400);
		assertThat(response.headers("Set-Cookie")).isEmpty();
	}

	@Test
	void wrongPasswordShowsFormAgain() {
		ApiClient api = new ApiClient(port);
		String email = ConsoleFixtures.anAuditor(context, api);

		ApiClient.Response response = sameOriginForms(api).post("/console/sign-in",
				form(Map.of("email", email, "password", "not the auditor password")));

		assertThat(response.status()).as(response.toString()).isEqualTo(401);
		assertThat(response.headers("Set-Cookie")).isEmpty();
		assertThat(response.body()).contains("The email address or password is incorrect.");
	}

	@Test
	void signOutEndsSession() {
		ApiClient api = new ApiClient(port);
		ApiClient auditor = ConsoleFixtures.signedIn(api, ConsoleFixtures.anAuditor(context, api), AUDITOR_PASSWORD);
		String token = ConsoleFixtures.csrfField(auditor.get("/console").body());

		ApiClient.Response signOut = sameOriginForms(auditor).post("/console/sign-out", form(Map.of("_csrf", token)));
		ApiClient.Response after = auditor.get("/console");

		assertThat(signOut.status()).as(signOut.toString()).isEqualTo(303);
		assertThat(signOut.header("Location")).endsWith("/console/sign-in");
		assertThat(signOut.headers("Set-Cookie")).anyMatch((cookie) -> cookie.startsWith("__Host-pettoyou-session=;"));
		assertThat(after.status()).isEqualTo(303);
	}

}
