package com.pettoyou.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import com.pettoyou.support.Accounts;
import com.pettoyou.support.ApiClient;

/**
 * An owner signed in with a bearer token who uploads multipart files and downloads them
 * as bytes. JSON calls go through {@link #api()}.
 */
public final class DocumentClient {

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final int port;

	private final String token;

	private final ApiClient api;

	private DocumentClient(int port, String token) {
		this.port = port;
		this.token = token;
		this.api = new ApiClient(port).withToken(token);
	}

	/** Registers, verifies and signs in a new owner. */
	public static DocumentClient aSignedInOwner(int port) {
		ApiClient anonymous = new ApiClient(port);
		String email = Accounts.aVerifiedOwner(anonymous);
		return new DocumentClient(port, Accounts.login(anonymous, email, Accounts.PASSWORD));
	}

	/**
	 * Returns a client for the same account on another port, such as a second instance.
	 */
	public DocumentClient onPort(int otherPort) {
		return new DocumentClient(otherPort, token);
	}

	public ApiClient api() {
		return api;
	}

	public UUID accountId() {
		return Accounts.accountId(api);
	}

	/** Uploads the bytes as the multipart part {@code file} with this file name. */
	public ApiClient.Response upload(String fileName, byte[] content) {
		return upload(fileName, "application/octet-stream", content);
	}

	/** Uploads the bytes with the part's declared {@code Content-Type}. */
	public ApiClient.Response upload(String fileName, String partType, byte[] content) {
		String boundary = "----pettoyou" + UUID.randomUUID().toString().replace("-", "");
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: " + partType + "\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
		HttpRequest request = authorized("/api/v1/documents")
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(BodyPublishers.ofByteArray(body.toByteArray()))
			.build();
		return new ApiClient.Response(send(request, BodyHandlers.ofString()));
	}

	/** Uploads and returns the new document's id, failing unless the upload succeeds. */
	public String uploadAccepted(String fileName, byte[] content) {
		ApiClient.Response response = upload(fileName, content);
		if (response.status() != 201) {
			throw new AssertionError("Upload of " + fileName + " failed: " + response);
		}
		return response.json().get("id").asString();
	}

	/** Downloads a document's bytes. */
	public HttpResponse<byte[]> download(String id) {
		return send(authorized("/api/v1/documents/" + id).GET().build(), BodyHandlers.ofByteArray());
	}

	private HttpRequest.Builder authorized(String path) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.timeout(Duration.ofSeconds(30))
			.header("User-Agent", "pettoyou-tests/1.0")
			.header("Authorization", "Bearer " + token);
	}

	private static <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
		try {
			return HTTP.send(request, handler);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
