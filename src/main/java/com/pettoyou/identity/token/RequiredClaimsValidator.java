package com.pettoyou.identity.token;

import java.util.List;

import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.BadJWTException;
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

	/**
	 * Rejects the claims as signed when one of the required claims is absent. Spring's
	 * claim mapping runs before {@link #validate(Jwt)} and sets a missing {@code iat} to
	 * {@code exp} minus one second, so only this check can tell that {@code iat} is
	 * absent.
	 * @throws BadJWTException when a required claim is missing
	 */
	static void verifyPresent(JWTClaimsSet claims, SecurityContext context) throws BadJWTException {
		for (String claim : REQUIRED) {
			if (claims.getClaim(claim) == null) {
				throw new BadJWTException("The token lacks a required claim");
			}
		}
	}

	static OAuth2TokenValidatorResult invalid(String description) {
		return OAuth2TokenValidatorResult.failure(new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, description, null));
	}

}
