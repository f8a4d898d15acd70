package com.pettoyou.identity.api;

import com.fasterxml.jackson.annotation.JsonInclude;

import com.pettoyou.identity.service.LoginService.LoginResult;

/**
 * The response to a successful login. Browser clients get the token only in the
 * {@code HttpOnly} session cookie, so page scripts never see it; {@code accessToken} is
 * then absent.
 *
 * @param accessToken the bearer token, for mobile clients
 * @param tokenType {@code Bearer} when {@code accessToken} is present
 * @param expiresIn the token lifetime in seconds
 * @param sessionId the public id of the new session, as listed by
 * {@code GET /me/sessions}
 * @param passwordChangeRequired {@code true} when the account logged in with a one-time
 * password and may do nothing but change it; absent otherwise
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record LoginResponse(String accessToken, String tokenType, long expiresIn, String sessionId,
		Boolean passwordChangeRequired) {

	static LoginResponse bearer(LoginResult result) {
		return new LoginResponse(result.token().value(), "Bearer", result.token().expiresInSeconds(),
				result.sessionRef(), changeRequired(result));
	}

	static LoginResponse cookie(LoginResult result) {
		return new LoginResponse(null, null, result.token().expiresInSeconds(), result.sessionRef(),
				changeRequired(result));
	}

	private static Boolean changeRequired(LoginResult result) {
		return result.passwordChangeRequired() ? Boolean.TRUE : null;
	}

	@Override
	public String toString() {
		return "LoginResponse[sessionId=" + sessionId + ", token redacted]";
	}

}
