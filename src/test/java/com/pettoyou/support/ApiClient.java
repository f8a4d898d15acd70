package com.pettoyou.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A plain HTTP client for black-box tests against the running server on loopback.
 * Requests go through the real filter chain, with no mocked security.
 */
public final class ApiClient {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String baseUrl;

	private final Map<String, String> defaultHeaders = new LinkedHashMap<>();

	public ApiClient(int port) {
		this.baseUrl = "http://127.0.0.1:" + port;
		defaultHeaders.put("User-Agent", "pettoyou-tests/1.0");
	}

	/** Returns a copy that sends this header with every request. */
	public ApiClient withHeader(String name, String value) {
		ApiClient copy = new ApiClient(baseUrl);
		copy.defaultHeaders.putAll(defaultHeaders);
		copy.defaultHeaders.put(name, value);
		return copy;
	}

	/**
	 * Returns a copy with the same headers that sends its requests to another server on
	 * the loopback address.
	 */
	public ApiClient on(int port) {
		ApiClient copy = new ApiClient("http://127.0.0.1:" + port);
		copy.defaultHeaders.putAll(defaultHeaders);
		return copy;
	}

	/** Returns a copy that sends {@code Authorization: Bearer token}. */
	public ApiClient withToken(String token) {
		return withHeader("Authorization", "Bearer " + token);
	}

	private ApiClient(String baseUrl) {
		this.baseUrl = baseUrl;
	}

	public Response get(String path) {
		return send("GET", path, null);
	}

	public Response post(String path, Object body) {
		return send("POST", path, body);
	}

	public Response patch(String path, Object body) {
		return send("PATCH", path, body);
	}

	public Response delete(String path) {
		return send("DELETE", path, null);
	}

	/** Sends a request; a {@code String} body goes as is, anything else as JSON. */
	public Response send(String method, String path, Object body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
			.timeout(Duration.ofSeconds(30));
		defaultHeaders.forEach(request::header);
		if (body == null) {
			request.method(method, BodyPublishers.noBody());
		}
		else {
			String text = (body instanceof String string) ? string : JSON.writeValueAsString(body);
			if (!defaultHeaders.containsKey("Content-Type")) {
				request.header("Content-Type", "application/json");
			}
			request.method(method, BodyPublishers.ofString(text));
		}
		try {
			return new Response(http.send(request.build(), BodyHandlers.ofString()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** A response with its body parsed as JSON on demand. */
	public record Response(HttpResponse<String> raw) {

		public int status() {
			return raw.statusCode();
		}

		public String body() {
			return raw.body();
		}

		public JsonNode json() {
			return JSON.readTree(raw.body());
		}

		public String header(String name) {
			return raw.headers().firstValue(name).orElse(null);
		}

		public java.util.List<String> headers(String name) {
			return raw.headers().allValues(name);
		}

		@Override
		public String toString() {
			return raw.statusCode() + " " + raw.body();
		}

	}

}
