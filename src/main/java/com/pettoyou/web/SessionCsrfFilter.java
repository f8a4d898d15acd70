package com.pettoyou.web;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import com.pettoyou.common.ErrorCodes;
import com.pettoyou.identity.AuthenticatedAccount;
import com.pettoyou.identity.CsrfTokens;
import com.pettoyou.identity.SessionCookies;

/**
 * Requires a CSRF token on every state-changing request that the session cookie
 * authenticated. The token in {@code X-CSRF-TOKEN}, or in the {@code _csrf} field of a
 * security console form, must have been issued for the request's own session; a missing,
 * foreign or forged token gets 403 {@code forbidden}. Requests with
 * {@code Authorization: Bearer} need no token, because a browser never adds that header
 * by itself.
 */
class SessionCsrfFilter extends OncePerRequestFilter {

	private static final Set<String> STATE_CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");

	private final CsrfTokens tokens;

	private final ProblemResponses problems;

	private final AccessDenials denials;

	SessionCsrfFilter(CsrfTokens tokens, ProblemResponses problems, AccessDenials denials) {
		this.tokens = tokens;
		this.problems = problems;
		this.denials = denials;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (needsToken(request) && !hasValidToken(request)) {
			denials.record(request, "csrf");
			problems.write(request, response, HttpStatus.FORBIDDEN, ErrorCodes.FORBIDDEN);
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean needsToken(HttpServletRequest request) {
		return STATE_CHANGING.contains(request.getMethod())
				&& SessionCookieTokenResolver.isCookieAuthenticated(request);
	}

	private boolean hasValidToken(HttpServletRequest request) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof AuthenticatedAccount account)) {
			return false;
		}
		return tokens.matches(account.sessionId(), submittedToken(request));
	}

	/**
	 * Returns the token from the header or, on the security console's form posts only,
	 * from the {@link SessionCookies#CSRF_FORM_FIELD} form field.
	 */
	private static String submittedToken(HttpServletRequest request) {
		String header = request.getHeader(SessionCookies.CSRF_HEADER);
		if (header != null || !ConsolePages.MATCHER.matches(request) || !isForm(request)) {
			return header;
		}
		return request.getParameter(SessionCookies.CSRF_FORM_FIELD);
	}

	private static boolean isForm(HttpServletRequest request) {
		String contentType = request.getContentType();
		return contentType != null
				&& contentType.toLowerCase(Locale.ROOT).startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE);
	}

}
