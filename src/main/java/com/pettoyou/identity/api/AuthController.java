package com.pettoyou.identity.api;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.pettoyou.identity.AuthenticatedAccount;
import com.pettoyou.identity.ClientType;
import com.pettoyou.identity.CsrfTokens;
import com.pettoyou.identity.SessionCookies;
import com.pettoyou.identity.service.AccountSessions;
import com.pettoyou.identity.service.LoginService;
import com.pettoyou.identity.service.LoginService.LoginResult;
import com.pettoyou.identity.service.PasswordService;
import com.pettoyou.identity.service.RegistrationService;

/** Registration, email verification, login, logout and passwords. */
@RestController
@RequestMapping(path = "/api/v1/auth", consumes = MediaType.APPLICATION_JSON_VALUE)
class AuthController {

	/**
	 * The body of every 202 response, the same whether or not the email has an account.
	 */
	static final Map<String, String> ACCEPTED = Map.of("message",
			"If the address can be used, an email with the next step is on its way.");

	private final RegistrationService registration;

	private final LoginService logins;

	private final PasswordService passwords;

	private final AccountSessions sessions;

	private final CsrfTokens csrfTokens;

	private final PreviousSessions previousSessions;

	AuthController(RegistrationService registration, LoginService logins, PasswordService passwords,
			AccountSessions sessions, CsrfTokens csrfTokens, PreviousSessions previousSessions) {
		this.previousSessions = previousSessions;
		this.registration = registration;
		this.logins = logins;
		this.passwords = passwords;
		this.sessions = sessions;
		this.csrfTokens = csrfTokens;
	}

	@PostMapping("/register")
	@ResponseStatus(HttpStatus.ACCEPTED)
	Map<String, String> register(@Valid @RequestBody AuthRequests.Register request) {
		registration.register(request.email(), request.password(), request.name(), request.phone());
		return ACCEPTED;
	}

	@PostMapping("/verify-email")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void verifyEmail(@Valid @RequestBody AuthRequests.VerifyEmail request) {
		registration.verifyEmail(request.token());
	}

	@PostMapping("/login")
	ResponseEntity<LoginResponse> login(@Valid @RequestBody AuthRequests.Login request,
			HttpServletRequest httpRequest) {
		ClientType client = "web".equals(request.client()) ? ClientType.WEB : ClientType.MOBILE;
		String previousTokenId = previousSessions.tokenIdOf(httpRequest);
		LoginResult result = logins.login(request.email(), request.password(), client);
		if (previousTokenId != null) {
			logins.endReplacedSession(previousTokenId);
		}
		if (client == ClientType.MOBILE) {
			return ResponseEntity.ok(LoginResponse.bearer(result));
		}
		return ResponseEntity.ok()
			.header(HttpHeaders.SET_COOKIE, sessionCookie(result.token().value(), -1).toString())
			.header(HttpHeaders.SET_COOKIE, csrfCookie(csrfTokens.issue(result.tokenId()), -1).toString())
			.body(LoginResponse.cookie(result));
	}

	@PostMapping(path = "/logout", consumes = MediaType.ALL_VALUE)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void logout(@AuthenticationPrincipal AuthenticatedAccount caller, HttpServletResponse response) {
		sessions.logout(caller);
		clearCookies(response);
	}

	@PostMapping(path = "/logout-all", consumes = MediaType.ALL_VALUE)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void logoutAll(@AuthenticationPrincipal AuthenticatedAccount caller, HttpServletResponse response) {
		sessions.logoutAll(caller);
		clearCookies(response);
	}

	@PostMapping("/password/change")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void changePassword(@AuthenticationPrincipal AuthenticatedAccount caller,
			@Valid @RequestBody AuthRequests.ChangePassword request) {
		passwords.change(caller, request.currentPassword(), request.newPassword());
	}

	@PostMapping("/password/reset-request")
	@ResponseStatus(HttpStatus.ACCEPTED)
	Map<String, String> requestReset(@Valid @RequestBody AuthRequests.ResetRequest request) {
		passwords.requestReset(request.email());
		return ACCEPTED;
	}

	@PostMapping("/password/reset")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void reset(@Valid @RequestBody AuthRequests.Reset request) {
		passwords.reset(request.token(), request.newPassword());
	}

	private static void clearCookies(HttpServletResponse response) {
		clearingCookies().forEach((cookie) -> response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString()));
	}

	/** Returns cookies that remove the session and CSRF cookies from the browser. */
	static List<ResponseCookie> clearingCookies() {
		return List.of(sessionCookie("", 0), csrfCookie("", 0));
	}

	static ResponseCookie sessionCookie(String value, long maxAgeSeconds) {
		return ResponseCookie.from(SessionCookies.SESSION, value)
			.secure(true)
			.httpOnly(true)
			.sameSite("Strict")
			.path("/")
			.maxAge(maxAgeSeconds)
			.build();
	}

	static ResponseCookie csrfCookie(String value, long maxAgeSeconds) {
		return ResponseCookie.from(SessionCookies.CSRF, value)
			.secure(true)
			.httpOnly(false)
			.sameSite("Strict")
			.path("/")
			.maxAge(maxAgeSeconds)
			.build();
	}

}
