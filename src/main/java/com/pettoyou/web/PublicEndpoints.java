package com.pettoyou.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The routes that respond without credentials. Every other route needs a live session.
 * API documentation is public only while springdoc is enabled, which is local mode.
 */
final class PublicEndpoints {

	static final List<String> POST_PATHS = List.of("/api/v1/auth/register", "/api/v1/auth/verify-email",
			"/api/v1/auth/login", "/api/v1/auth/password/reset-request", "/api/v1/auth/password/reset");

	/** The security console's sign-in page and its stylesheet, for GET. */
	static final List<String> CONSOLE_GET_PATHS = List.of(ConsolePages.SIGN_IN_PATH, "/console/console.css");

	static final List<String> HEALTH_PATHS = List.of("/actuator/health", "/actuator/health/**");

	static final List<String> API_DOCS_PATHS = List.of("/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml",
			"/swagger-ui/**", "/swagger-ui.html");

	/**
	 * The payment gateway's webhook, for POST only. Its {@code Webhook-Signature} header,
	 * an HMAC over the raw body, authenticates the gateway instead of a session.
	 */
	static final String PAYMENT_WEBHOOK_PATH = "/api/v1/payments/webhook";

	/**
	 * The development clock. It is public in every mode so that, when the clock is off,
	 * the path returns 404 to everyone instead of revealing itself with 401.
	 */
	static final String DEV_CLOCK_PATH = "/api/v1/dev/clock";

	private PublicEndpoints() {
	}

	/** Returns a matcher for every public route under the given configuration. */
	static RequestMatcher matcher(Environment environment) {
		PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
		List<RequestMatcher> matchers = new ArrayList<>();
		POST_PATHS.forEach((path) -> matchers.add(paths.matcher(HttpMethod.POST, path)));
		CONSOLE_GET_PATHS.forEach((path) -> matchers.add(paths.matcher(HttpMethod.GET, path)));
		matchers.add(paths.matcher(HttpMethod.POST, ConsolePages.SIGN_IN_PATH));
		HEALTH_PATHS.forEach((path) -> matchers.add(paths.matcher(HttpMethod.GET, path)));
		matchers.add(paths.matcher(HttpMethod.POST, PAYMENT_WEBHOOK_PATH));
		matchers.add(paths.matcher(DEV_CLOCK_PATH));
		if (apiDocsEnabled(environment)) {
			API_DOCS_PATHS.forEach((path) -> matchers.add(paths.matcher(HttpMethod.GET, path)));
		}
		return new OrRequestMatcher(matchers);
	}

	static boolean apiDocsEnabled(Environment environment) {
		return environment.getProperty("springdoc.api-docs.enabled", Boolean.class, true);
	}

}
