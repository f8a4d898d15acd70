package com.pettoyou.identity.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Single-use tokens for email verification and password reset: 32 bytes from
 * {@link SecureRandom}, handed out once in an email and stored only as their SHA-256. A
 * new token of one purpose retires the account's earlier ones.
 */
@Repository
public class OneTimeTokens {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	OneTimeTokens(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Creates a token and returns its value, which is not stored anywhere. */
	public String issue(UUID accountId, TokenPurpose purpose, Instant now, Duration lifetime) {
		retire(accountId, purpose, now);
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		jdbc.sql("""
				INSERT INTO account_token (id, account_id, purpose, token_hash, created_at, expires_at)
				VALUES (:id, :accountId, :purpose, :hash, :now, :expiresAt)
				""")
			.param("id", UUID.randomUUID())
			.param("accountId", accountId)
			.param("purpose", purpose.name())
			.param("hash", hash(token))
			.param("now", utc(now))
			.param("expiresAt", utc(now.plus(lifetime)))
			.update();
		return token;
	}

	/** Returns the account of a usable token without using it up. */
	public Optional<UUID> peek(String token, TokenPurpose purpose, Instant now) {
		return jdbc.sql("""
				SELECT account_id FROM account_token
				WHERE token_hash = :hash AND purpose = :purpose AND used_at IS NULL AND expires_at > :now
				""")
			.param("hash", hash(token))
			.param("purpose", purpose.name())
			.param("now", utc(now))
			.query(UUID.class)
			.optional();
	}

	/**
	 * Uses up a token atomically: of two concurrent uses, only one gets the account id.
	 * @return the token's account, or empty if the token is unknown, used or expired
	 */
	public Optional<UUID> consume(String token, TokenPurpose purpose, Instant now) {
		return jdbc.sql("""
				UPDATE account_token SET used_at = :now
				WHERE token_hash = :hash AND purpose = :purpose AND used_at IS NULL AND expires_at > :now
				RETURNING account_id
				""")
			.param("hash", hash(token))
			.param("purpose", purpose.name())
			.param("now", utc(now))
			.query(UUID.class)
			.optional();
	}

	private void retire(UUID accountId, TokenPurpose purpose, Instant now) {
		jdbc.sql("""
				UPDATE account_token SET used_at = :now
				WHERE account_id = :accountId AND purpose = :purpose AND used_at IS NULL
				""").param("now", utc(now)).param("accountId", accountId).param("purpose", purpose.name()).update();
	}

	/** Returns the SHA-256 of a token, the only form that is stored. */
	static byte[] hash(String token) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

	private static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	/** The purpose of a one-time token. */
	public enum TokenPurpose {

		EMAIL_VERIFICATION, PASSWORD_RESET

	}

}
