package com.pettoyou.payments.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

/**
 * One request made under an {@code Idempotency-Key}.
 *
 * @param accountId the account that sent the request; keys are scoped to it
 * @param key the client's key, 1 to 64 letters, digits, hyphens or underscores
 * @param operation what the request does
 * @param fingerprint the SHA-256 of the operation and the canonical request body
 */
public record IdempotentRequest(UUID accountId, String key, IdempotentOperation operation, byte[] fingerprint) {

	/** The form a client's key must have. */
	public static final String KEY_PATTERN = "[A-Za-z0-9_-]{1,64}";

	private static final JsonMapper CANONICAL_JSON = JsonMapper.builder().build();

	/**
	 * Creates the request and its fingerprint. The canonical body is the JSON object of
	 * the fields sorted by name, so the order and spacing of the client's JSON do not
	 * matter but every value does.
	 * @param fields the request's parsed fields: strings, numbers and UUIDs
	 */
	public static IdempotentRequest of(UUID accountId, String key, IdempotentOperation operation,
			Map<String, Object> fields) {
		String canonical = operation.name() + "\n" + CANONICAL_JSON.writeValueAsString(new TreeMap<>(fields));
		return new IdempotentRequest(accountId, key, operation, sha256(canonical));
	}

	/**
	 * Returns the key sent to the payment gateway: the same for every retry of this
	 * request, different for every account, operation and client key, and revealing
	 * neither the account nor the client's key.
	 */
	public String gatewayKey() {
		byte[] digest = sha256(operation.name() + "\n" + accountId + "\n" + key);
		return HexFormat.of().formatHex(digest, 0, 16);
	}

	private static byte[] sha256(String text) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java platform provides SHA-256", ex);
		}
	}

	@Override
	public String toString() {
		return "IdempotentRequest[accountId=" + accountId + ", operation=" + operation + "]";
	}

}
