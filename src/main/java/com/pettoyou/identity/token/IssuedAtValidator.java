package com.pettoyou.identity.token;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Rejects a token issued in the future, one whose lifetime exceeds seven days, and one
 * whose times are not whole seconds since the epoch (such as an {@code exp} in
 * milliseconds).
 */
class IssuedAtValidator implements OAuth2TokenValidator<Jwt> {

	static final Duration MAX_LIFETIME = Duration.ofDays(7);

	/** The first instant whose epoch seconds need 11 digits, in the year 2286. */
	private static final Instant SECONDS_LIMIT = Instant.ofEpochSecond(10_000_000_000L);

	private final Clock clock;

	IssuedAtValidator(Clock clock) {
		this.clock = clock;
	}

	@Override
	public OAuth2TokenValidatorResult validate(Jwt token) {
		Instant issuedAt = token.getIssuedAt();
		Instant expiresAt = token.getExpiresAt();
		if (issuedAt == null || expiresAt == null) {
			return RequiredClaimsValidator.invalid("The token lacks iat or exp");
		}
		if (!expiresAt.isBefore(SECONDS_LIMIT) || !issuedAt.isBefore(SECONDS_LIMIT)) {
			return RequiredClaimsValidator.invalid("The token times are not in seconds");
		}
		if (issuedAt.isAfter(clock.instant().plus(TokenDecoderConfiguration.CLOCK_SKEW))) {
			return RequiredClaimsValidator.invalid("The token was issued in the future");
		}
		if (Duration.between(issuedAt, expiresAt).compareTo(MAX_LIFETIME) > 0) {
			return RequiredClaimsValidator.invalid("The token lifetime is too long");
		}
		return OAuth2TokenValidatorResult.success();
	}

}
