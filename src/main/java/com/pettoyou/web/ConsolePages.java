package com.pettoyou.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The security console's HTML pages under {@code /console}. A browser that opens them
 * without a session is redirected to the sign-in page, and a signed-in account without
 * the console's permission gets an HTML explanation with status 403, instead of the API's
 * problem details. Both rejections are otherwise handled like the API's.
 */
final class ConsolePages {

	static final String SIGN_IN_PATH = "/console/sign-in";

	/**
	 * The page that the 403 handler forwards to, which explains why access was denied.
	 */
	static final String DENIED_PATH = "/console/denied";

	static final String SIGN_OUT_PATH = "/console/sign-out";

	static final RequestMatcher MATCHER = PathPatternRequestMatcher.withDefaults().matcher("/console/**");

	private ConsolePages() {
	}

	/**
	 * Returns an entry point that redirects console pages to the sign-in page with 303
	 * and leaves every other request, and an unreachable session store, to {@code api}.
	 */
	static AuthenticationEntryPoint entryPoint(AuthenticationEntryPoint api) {
		return (request, response, exception) -> {
			if (!MATCHER.matches(request) || exception instanceof AuthenticationServiceException) {
				api.commence(request, response, exception);
				return;
			}
			redirectToSignIn(request, response);
		};
	}

	/**
	 * Returns a handler that records the denial and forwards console pages to
	 * {@link #DENIED_PATH} with status 403, and leaves every other request to
	 * {@code api}.
	 */
	static AccessDeniedHandler accessDeniedHandler(AccessDeniedHandler api, AccessDenials denials) {
		AccessDeniedHandlerImpl page = new AccessDeniedHandlerImpl();
		page.setErrorPage(DENIED_PATH);
		return (request, response, exception) -> {
			if (!MATCHER.matches(request)) {
				api.handle(request, response, exception);
				return;
			}
			denials.record(request, "permission");
			page.handle(request, response, exception);
		};
	}

	private static void redirectToSignIn(HttpServletRequest request, HttpServletResponse response) {
		response.setStatus(HttpStatus.SEE_OTHER.value());
		response.setHeader(HttpHeaders.LOCATION, request.getContextPath() + SIGN_IN_PATH);
	}

}
