package com.pettoyou.monitoring.channels;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A webhook receiver on 127.0.0.1 that checks each request's signature the way a real
 * receiver should and records what arrived. Each request gets the next scripted response,
 * which is an HTTP status or {@link #HOLD}. Requests beyond the script get 200.
 */
final class AlertReceiver implements AutoCloseable {

	/**
	 * A scripted response that keeps the request open until {@link #release()}, then
	 * returns 200.
	 */
	static final int HOLD = -1;

	private final HttpServer server;

	private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

	private final byte[] key;

	private final Queue<Integer> script = new ConcurrentLinkedQueue<>();

	private final List<ReceivedRequest> requests = new CopyOnWriteArrayList<>();

	private final CountDownLatch held = new CountDownLatch(1);

	private final CountDownLatch release = new CountDownLatch(1);

	private AlertReceiver(byte[] key) throws IOException {
		this.key = key;
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.server.createContext("/hooks/alerts", this::handle);
		this.server.setExecutor(this.executor);
		this.server.start();
	}

	/** Starts a receiver that checks signatures with the given HMAC key. */
	static AlertReceiver start(byte[] key) throws IOException {
		return new AlertReceiver(key);
	}

	/**
	 * Returns the receiver's address, including a path as real webhook addresses have.
	 */
	URI url() {
		return URI.create("http://127.0.0.1:" + this.server.getAddress().getPort() + "/hooks/alerts");
	}

	/** Appends the responses for the next requests. */
	void script(int... responses) {
		for (int response : responses) {
			this.script.add(response);
		}
	}

	/**
	 * Returns every request received so far; a held request is listed with status
	 * {@link #HOLD}.
	 */
	List<ReceivedRequest> requests() {
		return List.copyOf(this.requests);
	}

	/**
	 * Returns how many requests got a 2xx status at once. Held requests are not counted.
	 */
	long successes() {
		return this.requests.stream().filter((request) -> request.status() / 100 == 2).count();
	}

	/** Waits until a request is being held. */
	boolean awaitHeld() throws InterruptedException {
		return this.held.await(10, TimeUnit.SECONDS);
	}

	/** Lets every held request, present or future, finish. */
	void release() {
		this.release.countDown();
	}

	/**
	 * Checks a signature as a receiver must: recompute HMAC-SHA256 over
	 * {@code "<timestamp>.<body>"} and compare in constant time.
	 */
	boolean isValid(String timestamp, String signatureHeader, byte[] body) {
		if (timestamp == null || signatureHeader == null || !signatureHeader.startsWith("v1=")) {
			return false;
		}
		byte[] presented;
		try {
			presented = HexFormat.of().parseHex(signatureHeader.substring(3));
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
		return MessageDigest.isEqual(hmac(timestamp, body), presented);
	}

	@Override
	public void close() {
		release();
		this.server.stop(0);
		this.executor.shutdownNow();
	}

	private void handle(HttpExchange exchange) throws IOException {
		byte[] body;
		try (InputStream in = exchange.getRequestBody()) {
			body = in.readAllBytes();
		}
		String timestamp = exchange.getRequestHeaders().getFirst(WebhookChannel.TIMESTAMP_HEADER);
		String signature = exchange.getRequestHeaders().getFirst(WebhookChannel.SIGNATURE_HEADER);
		Integer scripted = this.script.poll();
		int status = (scripted != null) ? scripted : 200;
		this.requests.add(new ReceivedRequest(exchange.getRequestMethod(), timestamp, signature, body,
				isValid(timestamp, signature, body), status));
		if (status == HOLD) {
			this.held.countDown();
			awaitRelease();
			status = 200;
		}
		if (status / 100 == 3) {
			exchange.getResponseHeaders().set("Location", "/elsewhere");
		}
		exchange.sendResponseHeaders(status, -1);
		exchange.close();
	}

	private void awaitRelease() {
		try {
			this.release.await(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private byte[] hmac(String timestamp, byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.key, "HmacSHA256"));
			mac.update((timestamp + ".").getBytes(StandardCharsets.US_ASCII));
			return mac.doFinal(body);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * One request as the receiver saw it.
	 *
	 * @param method the HTTP method
	 * @param timestamp the timestamp header
	 * @param signature the signature header
	 * @param body the raw body
	 * @param signatureValid whether the signature matched the body and timestamp
	 * @param status the scripted response, an HTTP status or {@link #HOLD}
	 */
	record ReceivedRequest(String method, String timestamp, String signature, byte[] body, boolean signatureValid,
			int status) {

		String bodyText() {
			return new String(this.body, StandardCharsets.UTF_8);
		}

	}

}
