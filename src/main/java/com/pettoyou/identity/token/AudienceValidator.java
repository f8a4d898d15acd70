package com.pettoyou.identity.token;

import java.util.List;

import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

import com.pettoyou.identity.ClientType;

/** Accepts exactly one audience, and only one of the platform's client audiences. */
class AudienceValidator implements OAuth2TokenValidator<Jwt> {

	@Override
	public OAuth2TokenValidatorResult validate(Jwt token) {
		List<String> audience = token.getAudience();
		if (audience == null || audience.size() != 1 || audienceClient(audience.get(0)) == null) {
			return RequiredClaimsValidator.invalid("The token audience is not accepted");
		}
		return OAuth2TokenValidatorResult.success();
	}

	/** Returns the client type whose audience this is, or {@code null}. */
	static ClientType audienceClient(String audience) {
		for (ClientType client : ClientType.values()) {
			if (client.audience().equals(audience)) {
				return client;
			}
		}
		return null;
	}

}
