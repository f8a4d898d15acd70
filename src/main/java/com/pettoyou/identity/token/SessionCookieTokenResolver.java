package com.pettoyou.identity.token;

import java.util.Set;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.stereotype.Component;
import org.springframework.web.util.WebUtils;

import com.pettoyou.identity.SessionCookies;

/**
 * Finds the access token of a request: the {@code Authorization: Bearer} header when
 * present, otherwise the browser session cookie {@link SessionCookies#SESSION}. The
 * resource server picks this bean up in place of its header-only default.
 * <p>
 * NOTE: the cookie is read only on GET and HEAD. Browsers send it on their own, so a
 * state-changing request may use it only together with a CSRF token bound to the session,
 * and that check does not exist yet. Until it does, cookie-only writes get 401.
 */
@Component
class SessionCookieTokenResolver implements BearerTokenResolver {

	private static final Set<String> COOKIE_METHODS = Set.of("GET", "HEAD");

	private final DefaultBearerTokenResolver header = new DefaultBearerTokenResolver();

	@Override
	public String resolve(HttpServletRequest request) {
		String token = header.resolve(request);
		if (token != null || !COOKIE_METHODS.contains(request.getMethod())) {
			return token;
		}
		Cookie cookie = WebUtils.getCookie(request, SessionCookies.SESSION);
		return (cookie != null && !cookie.getValue().isEmpty()) ? cookie.getValue() : null;
	}

}
