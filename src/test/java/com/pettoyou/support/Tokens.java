package com.pettoyou.support;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the parts of a compact JWT without verifying it, as any holder of a token can.
 */
public final class Tokens {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private Tokens() {
	}

	/** Returns the decoded JOSE header. */
	public static JsonNode header(String token) {
		return decode(token.split("\\.", -1)[0]);
	}

	/** Returns the decoded claims. */
	public static JsonNode claims(String token) {
		return decode(token.split("\\.", -1)[1]);
	}

	/** Returns the {@code jti} claim, which is the session's token id. */
	public static String tokenId(String token) {
		return claims(token).get("jti").asString();
	}

	private static JsonNode decode(String part) {
		return JSON.readTree(new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8));
	}

}
