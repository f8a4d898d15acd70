package com.pettoyou.identity;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import com.pettoyou.support.ApiClient;

/** Reads {@code Set-Cookie} response headers. */
final class CookieHeaders {

	private CookieHeaders() {
	}

	/**
	 * Returns the whole {@code Set-Cookie} header that sets this cookie, or {@code null}.
	 */
	static String header(ApiClient.Response response, String name) {
		return response.headers("Set-Cookie")
			.stream()
			.filter((header) -> header.startsWith(name + "="))
			.findFirst()
			.orElse(null);
	}

	/** Returns the value that the response gives this cookie, or {@code null}. */
	static String value(ApiClient.Response response, String name) {
		String header = header(response, name);
		if (header == null) {
			return null;
		}
		int end = header.indexOf(';');
		return header.substring(name.length() + 1, (end < 0) ? header.length() : end);
	}

	/**
	 * Returns the attributes of a {@code Set-Cookie} header by lower-case name. An
	 * attribute without a value, such as {@code Secure}, maps to the empty string.
	 */
	static Map<String, String> attributes(String header) {
		Map<String, String> attributes = new TreeMap<>();
		String[] parts = header.split(";");
		for (int i = 1; i < parts.length; i++) {
			String part = parts[i].trim();
			int equals = part.indexOf('=');
			String name = ((equals < 0) ? part : part.substring(0, equals)).trim().toLowerCase(Locale.ROOT);
			attributes.put(name, (equals < 0) ? "" : part.substring(equals + 1).trim());
		}
		return attributes;
	}

}
