package com.pettoyou.identity.token;

import java.util.List;

import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/** Rejects a token that lacks any claim that issued tokens always carry. */
class RequiredClaimsValidator implements OAuth2TokenValidator<Jwt> {

	private static final List<String> REQUIRED = List.of("sub", "role", "jti", "iss", "aud", "iat", "exp");

	@Override
	public OAuth2TokenValidatorResult validate(Jwt token) {
		for (String claim : REQUIRED) {
			if (!token.hasClaim(claim)) {
				return invalid("The token lacks a required claim");
			}
		}
		return OAuth2TokenValidatorResult.success();
	}

	static OAuth2TokenValidatorResult invalid(String description) {
		return OAuth2TokenValidatorResult.failure(new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, description, null));
	}

}
