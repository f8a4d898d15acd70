package com.pettoyou.monitoring.console;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseCookie;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

import com.pettoyou.common.ApiException;
import com.pettoyou.common.ErrorCodes;
import com.pettoyou.common.RequestMetadata;
import com.pettoyou.common.SecurityEvent;
import com.pettoyou.identity.AuthenticatedAccount;
import com.pettoyou.identity.SessionCookies;
import com.pettoyou.identity.api.BrowserSessions;
import com.pettoyou.identity.api.BrowserSessions.SignedIn;

/**
 * Signs browsers in to and out of the security console through the identity module's web
 * login, so lockout, the login rate limit and the audit trail apply as they do to
 * {@code POST /api/v1/auth/login}. The session and CSRF cookies are the same too.
 */
@Controller
@RequestMapping("/console")
class SignInController {

	private static final Logger log = LoggerFactory.getLogger(SignInController.class);

	private static final String PAGE = "console/sign-in";

	/** Maximum email and password lengths, the same as for the API's login. */
	private static final int MAX_EMAIL_LENGTH = 254;

	private static final int MAX_PASSWORD_LENGTH = 1024;

	private final BrowserSessions sessions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SignInController(BrowserSessions sessions, ApplicationEventPublisher events, Clock clock) {
		this.sessions = sessions;
		this.events = events;
		this.clock = clock;
	}

	@GetMapping("/sign-in")
	String signInPage() {
		return PAGE;
	}

	/**
	 * Signs in and redirects to the console, or to the page that explains why a session
	 * opened with a one-time password cannot use it yet. A post from another site gets
	 * 403, a query string, a blank or an oversized field 400, and wrong credentials or a
	 * locked email 401, each with the form again.
	 */
	@PostMapping("/sign-in")
	ModelAndView signIn(@RequestParam(required = false) String email, @RequestParam(required = false) String password,
			HttpServletRequest request, HttpServletResponse response) {
		if (!SameOriginPosts.isSameOrigin(request)) {
			rejectCrossSite();
			return form(HttpStatus.FORBIDDEN, "Sign in from this console's own sign-in page.");
		}
		if (request.getQueryString() != null) {
			// Credentials in a URL would reach proxy and access logs, so only the form
			// body is read.
			return form(HttpStatus.BAD_REQUEST, "Sign in with the form on this page.");
		}
		String address = (email != null) ? email.strip() : "";
		if (address.isEmpty() || address.length() > MAX_EMAIL_LENGTH || password == null || password.isEmpty()
				|| password.length() > MAX_PASSWORD_LENGTH) {
			return form(HttpStatus.BAD_REQUEST, "Enter your email address and password.");
		}
		SignedIn signedIn;
		try {
			signedIn = sessions.signIn(address, password, request);
		}
		catch (ApiException ex) {
			return failedSignIn(ex);
		}
		addCookies(response, signedIn.cookies());
		return seeOther(signedIn.passwordChangeRequired() ? "/console/denied" : "/console");
	}

	/**
	 * Ends the session and returns to the sign-in page.
	 * @param csrfToken declared so that the unknown-parameter check accepts the field.
	 * The CSRF filter has already checked its value.
	 */
	@PostMapping("/sign-out")
	ModelAndView signOut(@AuthenticationPrincipal AuthenticatedAccount caller,
			@RequestParam(name = SessionCookies.CSRF_FORM_FIELD) String csrfToken, HttpServletResponse response) {
		addCookies(response, sessions.signOut(caller));
		return seeOther("/console/sign-in");
	}

	private static ModelAndView failedSignIn(ApiException ex) {
		return switch (ex.code()) {
			case ErrorCodes.INVALID_CREDENTIALS ->
				form(HttpStatus.UNAUTHORIZED, "The email address or password is incorrect.");
			case ErrorCodes.ACCOUNT_LOCKED -> form(HttpStatus.UNAUTHORIZED,
					"Sign-ins for this email address are locked for a while after too many failed attempts.");
			default -> throw ex;
		};
	}

	private void rejectCrossSite() {
		String clientAddress = RequestMetadata.current().clientAddress();
		log.atWarn().log("Console sign-in rejected because the form was posted from another site");
		events.publishEvent(new SecurityEvent("CROSS_SITE_SIGN_IN_REJECTED", SecurityEvent.Severity.WARNING, null,
				clientAddress, clock.instant(), Map.of("route", "/console/sign-in")));
	}

	private static ModelAndView form(HttpStatus status, String error) {
		return new ModelAndView(PAGE, Map.of("error", error), status);
	}

	private static void addCookies(HttpServletResponse response, List<ResponseCookie> cookies) {
		cookies.forEach((cookie) -> response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString()));
	}

	private static ModelAndView seeOther(String path) {
		RedirectView redirect = new RedirectView(path, true);
		redirect.setStatusCode(HttpStatus.SEE_OTHER);
		redirect.setExposeModelAttributes(false);
		return new ModelAndView(redirect);
	}

}
