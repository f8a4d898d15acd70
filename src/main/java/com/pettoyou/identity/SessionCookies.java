package com.pettoyou.identity;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

/** Names of the cookies and header that browser clients use. */
public final class SessionCookies {

	/**
	 * Carries the access token; {@code Secure}, {@code HttpOnly},
	 * {@code SameSite=Strict}.
	 */
	public static final String SESSION = "__Host-pettoyou-session";

	/** Readable by the page's script, which copies it into {@link #CSRF_HEADER}. */
	public static final String CSRF = "XSRF-TOKEN";

	public static final String CSRF_HEADER = "X-CSRF-TOKEN";

	/**
	 * The form field that carries the CSRF token on the security console's form posts,
	 * which cannot set {@link #CSRF_HEADER}.
	 */
	public static final String CSRF_FORM_FIELD = "_csrf";

	private SessionCookies() {
	}

	/** Returns the session cookie's value, or {@code null} when it is absent or empty. */
	public static String sessionToken(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return null;
		}
		for (Cookie cookie : cookies) {
			if (SESSION.equals(cookie.getName()) && !cookie.getValue().isEmpty()) {
				return cookie.getValue();
			}
		}
		return null;
	}

}
