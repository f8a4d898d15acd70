package com.pettoyou.monitoring.console;

import java.net.URI;
import java.net.URISyntaxException;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;

/**
 * Tells whether a form post came from a page of this application, which guards the
 * sign-in form against login CSRF: a foreign page could otherwise sign a victim's browser
 * into the attacker's account. Browsers that send {@code Sec-Fetch-Site} must send
 * {@code same-origin}. A browser without it must send an {@code Origin} whose host and
 * port equal the request's {@code Host}. A post with neither header is rejected.
 * <p>
 * NOTE: the console's {@code Referrer-Policy: no-referrer} makes browsers send
 * {@code Origin: null} on form posts, so a browser without {@code Sec-Fetch-Site} (Safari
 * before 16.4) cannot sign in.
 */
final class SameOriginPosts {

	static final String FETCH_SITE = "Sec-Fetch-Site";

	private SameOriginPosts() {
	}

	static boolean isSameOrigin(HttpServletRequest request) {
		String site = request.getHeader(FETCH_SITE);
		String origin = request.getHeader(HttpHeaders.ORIGIN);
		if (site != null && !"same-origin".equals(site)) {
			return false;
		}
		if (origin != null && !"null".equals(origin)) {
			return originMatchesHost(origin, request.getHeader(HttpHeaders.HOST));
		}
		return site != null;
	}

	private static boolean originMatchesHost(String origin, String host) {
		if (host == null) {
			return false;
		}
		try {
			String authority = new URI(origin).getRawAuthority();
			return authority != null && authority.equalsIgnoreCase(host);
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

}
