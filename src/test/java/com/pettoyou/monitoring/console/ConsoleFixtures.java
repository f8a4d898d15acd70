package com.pettoyou.monitoring.console;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationContext;

import com.pettoyou.identity.bootstrap.Administrators;
import com.pettoyou.support.ApiClient;
import com.pettoyou.support.Outbox;

import static org.assertj.core.api.Assertions.assertThat;

/** Accounts and form posts for the security console's tests. */
final class ConsoleFixtures {

	static final String AUDITOR_PASSWORD = "auditor passphrase for console tests";

	static final String FORM = "application/x-www-form-urlencoded";

	private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private ConsoleFixtures() {
	}

	/**
	 * Creates a security auditor through the administrator API, sets its password from
	 * the invitation mail and returns its email address.
	 */
	static String anAuditor(ApplicationContext context, ApiClient api) {
		ApiClient admin = Administrators.aSignedInAdministrator(context, api);
		String email = "auditor-" + UUID.randomUUID().toString().substring(0, 12) + "@example.test";
		Map<String, Object> request = new HashMap<>();
		request.put("email", email);
		request.put("name", "Security Auditor");
		request.put("role", "SECURITY_AUDITOR");
		ApiClient.Response created = admin.post("/api/v1/admin/accounts", request);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		String token = Outbox.latestToken(email, "account");
		ApiClient.Response reset = api.post("/api/v1/auth/password/reset",
				Map.of("token", token, "newPassword", AUDITOR_PASSWORD));
		assertThat(reset.status()).as(reset.toString()).isEqualTo(204);
		return email;
	}

	/** Returns a client that posts forms as a same-origin page of a browser would. */
	static ApiClient sameOriginForms(ApiClient api) {
		return api.withHeader("Content-Type", FORM).withHeader("Sec-Fetch-Site", "same-origin");
	}

	/** Encodes form fields as {@code application/x-www-form-urlencoded}. */
	static String form(Map<String, String> fields) {
		return fields.entrySet()
			.stream()
			.map((field) -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
	}

	/**
	 * Signs in through the console form and returns a client that sends the session and
	 * CSRF cookies it received.
	 */
	static ApiClient signedIn(ApiClient api, String email, String password) {
		ApiClient.Response response = sameOriginForms(api).post("/console/sign-in",
				form(Map.of("email", email, "password", password)));
		assertThat(response.status()).as(response.toString()).isEqualTo(303);
		return api.withHeader("Cookie", cookieHeader(response.headers("Set-Cookie")));
	}

	/** Returns the hidden CSRF field's value from a console page. */
	static String csrfField(String html) {
		Matcher matcher = CSRF_FIELD.matcher(html);
		assertThat(matcher.find()).as("page has a _csrf field").isTrue();
		return matcher.group(1);
	}

	private static String cookieHeader(List<String> setCookies) {
		return setCookies.stream()
			.map((cookie) -> cookie.substring(0, cookie.indexOf(';')))
			.collect(Collectors.joining("; "));
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
