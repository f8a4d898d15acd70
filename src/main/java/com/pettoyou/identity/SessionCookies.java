package com.pettoyou.identity;

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

	private SessionCookies() {
	}

}
