package com.pettoyou.identity.token;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.springframework.stereotype.Component;

import com.pettoyou.identity.ClientType;
import com.pettoyou.identity.Role;
import com.pettoyou.identity.TokenProperties;

/**
 * Signs access tokens. A token carries only {@code sub}, {@code role}, {@code jti},
 * {@code iss}, {@code aud}, {@code iat} and {@code exp}, with times in whole seconds; the
 * {@code jti} is the session id.
 */
@Component
public class TokenIssuer {

	public static final String ISSUER = "pettoyou-api";

	private final TokenKeyring keyring;

	private final TokenProperties properties;

	private final Clock clock;

	TokenIssuer(TokenKeyring keyring, TokenProperties properties, Clock clock) {
		this.keyring = keyring;
		this.properties = properties;
		this.clock = clock;
	}

	/** Returns a signed token for the session. */
	public IssuedToken issue(UUID accountId, Role role, String sessionId, ClientType client) {
		Instant issuedAt = Instant.ofEpochSecond(clock.instant().getEpochSecond());
		Instant expiresAt = issuedAt.plus(properties.lifetime());
		JWTClaimsSet claims = new JWTClaimsSet.Builder().subject(accountId.toString())
			.claim("role", role.name())
			.jwtID(sessionId)
			.issuer(ISSUER)
			.audience(client.audience())
			.issueTime(Date.from(issuedAt))
			.expirationTime(Date.from(expiresAt))
			.build();
		JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT)
			.keyID(keyring.activeKeyId())
			.build();
		SignedJWT jwt = new SignedJWT(header, claims);
		try {
			jwt.sign(new MACSigner(keyring.activeKey()));
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("Signing an access token failed", ex);
		}
		return new IssuedToken(jwt.serialize(), properties.lifetime().toSeconds());
	}

	/** A signed token and its lifetime in seconds; {@code toString()} hides the token. */
	public record IssuedToken(String value, long expiresInSeconds) {

		@Override
		public String toString() {
			return "IssuedToken[redacted, expiresIn=" + expiresInSeconds + "]";
		}

	}

}
