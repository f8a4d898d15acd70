package com.pettoyou.identity.api;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.stereotype.Component;

import com.pettoyou.identity.AuthenticatedAccount;
import com.pettoyou.identity.SessionCookies;

/**
 * Finds the session that a login request still carries, in its bearer token or session
 * cookie. Only a token that passes full verification counts; anything else is ignored.
 */
@Component
class PreviousSessions {

	private final JwtDecoder decoder;

	PreviousSessions(JwtDecoder decoder) {
		this.decoder = decoder;
	}

	/** Returns the token id of the carried session, or {@code null}. */
	String tokenIdOf(HttpServletRequest request) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof AuthenticatedAccount account) {
			return account.sessionId();
		}
		String cookie = SessionCookies.sessionToken(request);
		if (cookie == null) {
			return null;
		}
		try {
			return decoder.decode(cookie).getId();
		}
		catch (JwtException ex) {
			return null;
		}
	}

}
