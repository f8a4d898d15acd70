package com.pettoyou.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.web.util.matcher.RequestMatcher;

import com.pettoyou.identity.SessionCookies;

/**
 * Finds the access token in {@code Authorization: Bearer} or, for browsers, in the
 * {@link SessionCookies#SESSION} cookie. The header wins when both are present. The
 * cookie is ignored on public routes, so a browser holding an ended session can still log
 * in. A request authenticated by the cookie is marked with {@link #COOKIE_AUTHENTICATED},
 * which the CSRF check reads.
 */
class SessionCookieTokenResolver implements BearerTokenResolver {

	static final String COOKIE_AUTHENTICATED = SessionCookieTokenResolver.class.getName() + ".cookie";

	private final DefaultBearerTokenResolver headerResolver = new DefaultBearerTokenResolver();

	private final RequestMatcher publicEndpoints;

	SessionCookieTokenResolver(RequestMatcher publicEndpoints) {
		this.publicEndpoints = publicEndpoints;
	}

	@Override
	public String resolve(HttpServletRequest request) {
		if (request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
			return headerResolver.resolve(request);
		}
		if (publicEndpoints.matches(request)) {
			return null;
		}
		String token = SessionCookies.sessionToken(request);
		if (token != null) {
			request.setAttribute(COOKIE_AUTHENTICATED, Boolean.TRUE);
		}
		return token;
	}

	/** Returns whether the request was authenticated by the session cookie. */
	static boolean isCookieAuthenticated(HttpServletRequest request) {
		return Boolean.TRUE.equals(request.getAttribute(COOKIE_AUTHENTICATED));
	}

}
