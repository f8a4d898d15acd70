package com.pettoyou.identity.api;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseCookie;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

import com.pettoyou.common.ApiException;
import com.pettoyou.identity.AuthenticatedAccount;
import com.pettoyou.identity.ClientType;
import com.pettoyou.identity.CsrfTokens;
import com.pettoyou.identity.service.AccountSessions;
import com.pettoyou.identity.service.LoginService;
import com.pettoyou.identity.service.LoginService.LoginResult;

/**
 * Starts and ends web-client sessions for server-rendered pages such as the security
 * console. A sign-in is the same login as {@code POST /api/v1/auth/login} with
 * {@code "client":"web"}: lockout, audit and the replacement of a carried session all
 * apply, and the caller sets the same session and CSRF cookies. The monitoring module
 * calls this class, so it is a named interface of the identity module.
 */
@Component
@NamedInterface("browser-sessions")
public class BrowserSessions {

	private final LoginService logins;

	private final AccountSessions sessions;

	private final CsrfTokens csrfTokens;

	private final PreviousSessions previousSessions;

	BrowserSessions(LoginService logins, AccountSessions sessions, CsrfTokens csrfTokens,
			PreviousSessions previousSessions) {
		this.logins = logins;
		this.sessions = sessions;
		this.csrfTokens = csrfTokens;
		this.previousSessions = previousSessions;
	}

	/**
	 * Logs a web client in and returns the cookies to set.
	 * @throws ApiException 401 {@code invalid_credentials} or {@code account_locked}
	 */
	public SignedIn signIn(String email, String password, HttpServletRequest request) {
		String previousTokenId = previousSessions.tokenIdOf(request);
		LoginResult result = logins.login(email, password, ClientType.WEB);
		if (previousTokenId != null) {
			logins.endReplacedSession(previousTokenId);
		}
		List<ResponseCookie> cookies = List.of(AuthController.sessionCookie(result.token().value(), -1),
				AuthController.csrfCookie(csrfTokens.issue(result.tokenId()), -1));
		return new SignedIn(cookies, result.passwordChangeRequired());
	}

	/** Ends the caller's session and returns the cookies that clear it in the browser. */
	public List<ResponseCookie> signOut(AuthenticatedAccount caller) {
		sessions.logout(caller);
		return AuthController.clearingCookies();
	}

	/**
	 * A started browser session.
	 *
	 * @param cookies the session and CSRF cookies, to send as {@code Set-Cookie}
	 * @param passwordChangeRequired whether the session has no permission until the
	 * password is changed
	 */
	public record SignedIn(List<ResponseCookie> cookies, boolean passwordChangeRequired) {

		@Override
		public String toString() {
			return "SignedIn[passwordChangeRequired=" + passwordChangeRequired + "]";
		}

	}

}
