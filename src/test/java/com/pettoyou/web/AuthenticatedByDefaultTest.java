package com.pettoyou.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import com.pettoyou.support.ApiClient;
import com.pettoyou.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class AuthenticatedByDefaultTest {

	/**
	 * The routes that may respond without credentials, kept apart from the production
	 * list so that a new public route fails this test until it is added here on purpose.
	 */
	static final Set<String> PUBLIC_ROUTES = Set.of("POST /api/v1/auth/register", "POST /api/v1/auth/verify-email",
			"POST /api/v1/auth/login", "POST /api/v1/auth/password/reset-request", "POST /api/v1/auth/password/reset",
			"GET /api/v1/dev/clock", "POST /api/v1/dev/clock", "POST /api/v1/payments/webhook", "GET /console/sign-in",
			"POST /console/sign-in");

	/** The security console's pages, which redirect a browser without a session. */
	static final String CONSOLE_PREFIX = "/console";

	/** Springdoc's routes, public in local mode only. */
	static final Set<String> API_DOCS_PREFIXES = Set.of("/v3/api-docs", "/swagger-ui");

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void everyOtherRouteNeedsCredentials() {
		List<String> routes = protectedRoutes();
		ApiClient api = new ApiClient(port);
		SoftAssertions softly = new SoftAssertions();

		for (String route : routes) {
			String method = route.substring(0, route.indexOf(' '));
			String path = route.substring(route.indexOf(' ') + 1);
			boolean hasBody = Set.of("POST", "PUT", "PATCH").contains(method);
			ApiClient.Response response = api.send(method, path, hasBody ? "{}" : null);

			if (path.startsWith(CONSOLE_PREFIX)) {
				softly.assertThat(response.status()).as(route + " -> " + response).isEqualTo(303);
				softly.assertThat(response.header("Location")).as(route).endsWith("/console/sign-in");
				continue;
			}
			softly.assertThat(response.status()).as(route + " -> " + response).isEqualTo(401);
		}
		softly.assertAll();
		assertThat(routes).as("protected routes found").hasSizeGreaterThan(5);
	}

	@Test
	void publicRoutesExist() {
		List<String> all = routes();

		assertThat(all).containsAll(PUBLIC_ROUTES);
	}

	private List<String> protectedRoutes() {
		return routes().stream()
			.filter((route) -> !PUBLIC_ROUTES.contains(route))
			.filter((route) -> API_DOCS_PREFIXES.stream().noneMatch((prefix) -> route.contains(" " + prefix)))
			.toList();
	}

	private List<String> routes() {
		List<String> routes = new ArrayList<>();
		for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			List<String> names = methods.isEmpty() ? List.of("GET", "POST")
					: methods.stream().map(RequestMethod::name).toList();
			for (String pattern : info.getPathPatternsCondition().getPatternValues()) {
				String path = pattern.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
				names.forEach((method) -> routes.add(method + " " + path));
			}
		}
		return routes;
	}

}
