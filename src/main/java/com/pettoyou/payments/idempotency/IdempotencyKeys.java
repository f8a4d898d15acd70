package com.pettoyou.payments.idempotency;

import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.pettoyou.common.ApiException;
import com.pettoyou.common.ErrorCodes;

/**
 * Stores the first response to each {@code Idempotency-Key} of an account, so that a
 * repeated request gets that response instead of running again. Both methods join the
 * caller's transaction: a request that fails rolls its claim back, and the key may then
 * be used again.
 */
@Component
public class IdempotencyKeys {

	private final JdbcClient jdbc;

	IdempotencyKeys(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Claims the key for this request, or returns the response stored for it. While
	 * another transaction has an uncommitted claim on the same key, PostgreSQL makes this
	 * insert wait for that transaction, so concurrent duplicates run one after another
	 * and all but the first read the first one's response.
	 * @return empty when this request claimed the key and must run
	 * @throws ApiException 422 {@code idempotency_key_reused} when the key was used for
	 * another operation or another body, 409 when the first request committed no response
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Optional<StoredResponse> claim(IdempotentRequest request, Instant now) {
		int inserted = jdbc.sql("""
				INSERT INTO payment_idempotency_key
				    (account_id, idempotency_key, operation, request_fingerprint, created_at)
				VALUES (:account, :key, :operation, :fingerprint, :now)
				ON CONFLICT (account_id, idempotency_key) DO NOTHING
				""")
			.param("account", request.accountId())
			.param("key", request.key())
			.param("operation", request.operation().name())
			.param("fingerprint", request.fingerprint())
			.param("now", now.atOffset(ZoneOffset.UTC))
			.update();
		if (inserted == 1) {
			return Optional.empty();
		}
		return Optional.of(storedResponse(request));
	}

	/** Stores the response of a request that claimed its key. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void complete(IdempotentRequest request, HttpStatus status, String body, UUID resourceId, Instant now) {
		int updated = jdbc.sql("""
				UPDATE payment_idempotency_key
				SET response_status = :status, response_body = :body, resource_id = :resource, completed_at = :now
				WHERE account_id = :account AND idempotency_key = :key AND completed_at IS NULL
				""")
			.param("status", status.value())
			.param("body", body)
			.param("resource", resourceId)
			.param("now", now.atOffset(ZoneOffset.UTC))
			.param("account", request.accountId())
			.param("key", request.key())
			.update();
		if (updated != 1) {
			throw new IllegalStateException("The idempotency key was not claimed by this transaction");
		}
	}

	private StoredResponse storedResponse(IdempotentRequest request) {
		KeyRow row = jdbc.sql("""
				SELECT operation, request_fingerprint, response_status, response_body
				FROM payment_idempotency_key WHERE account_id = :account AND idempotency_key = :key
				""")
			.param("account", request.accountId())
			.param("key", request.key())
			.query((result, rowNumber) -> new KeyRow(result.getString("operation"),
					result.getBytes("request_fingerprint"), result.getInt("response_status"),
					result.getString("response_body")))
			.single();
		boolean sameOperation = row.operation().equals(request.operation().name());
		boolean sameBody = MessageDigest.isEqual(row.fingerprint(), request.fingerprint());
		if (!sameOperation || !sameBody) {
			throw new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, ErrorCodes.IDEMPOTENCY_KEY_REUSED,
					"The Idempotency-Key was already used for a different request; use a new key.");
		}
		if (row.body() == null) {
			throw ApiException.conflict("A request with this Idempotency-Key has not finished; retry it later.");
		}
		return new StoredResponse(row.status(), row.body());
	}

	private record KeyRow(String operation, byte[] fingerprint, int status, String body) {
	}

}
