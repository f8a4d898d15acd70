package com.pettoyou.monitoring.channels;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.pettoyou.common.LogKeys;
import com.pettoyou.common.SecurityEvent.Severity;
import com.pettoyou.monitoring.SecurityAlert;
import com.pettoyou.monitoring.alerts.AlertChannel;

/**
 * Posts each alert as signed Slack-compatible JSON to
 * {@code pettoyou.monitoring.webhook.url}. Each attempt carries
 * {@value #TIMESTAMP_HEADER} (Unix seconds) and {@value #SIGNATURE_HEADER}
 * {@code v1=<hex>}, which is HMAC-SHA256 with the configured secret over
 * {@code "<timestamp>.<body>"}. A connection failure, a timeout, 429 or a 5xx status
 * starts another attempt after a backoff that doubles each time. Any other status ends
 * the delivery. Requests go only to the configured address, because redirects are not
 * followed and no proxy is used. {@link #deliver} returns at once, and the attempts run
 * on the HTTP client's threads and one retry scheduler.
 */
public class WebhookChannel implements AlertChannel, AutoCloseable {

	static final String TIMESTAMP_HEADER = "X-PetToYou-Timestamp";

	static final String SIGNATURE_HEADER = "X-PetToYou-Signature";

	private static final Logger log = LoggerFactory.getLogger(WebhookChannel.class);

	private final URI url;

	private final SigningKey key;

	private final WebhookProperties properties;

	private final Clock clock;

	private final HttpClient client;

	private final ScheduledExecutorService retries;

	/**
	 * Creates the channel and its HTTP client.
	 * @param properties the settings, with {@code url} and {@code secret} set
	 * @param clock the clock for the signature timestamp
	 * @throws IllegalStateException if the URL is missing or not http(s), or the secret
	 * is missing or not base64
	 */
	public WebhookChannel(WebhookProperties properties, Clock clock) {
		this.properties = Objects.requireNonNull(properties, "properties");
		this.clock = Objects.requireNonNull(clock, "clock");
		if (properties.url() == null) {
			throw new IllegalStateException("pettoyou.monitoring.webhook.url is missing");
		}
		this.url = WebhookTarget.validate(properties.url());
		this.key = SigningKey.fromBase64(properties.secret());
		this.client = HttpClient.newBuilder()
			.connectTimeout(properties.connectTimeout())
			.followRedirects(HttpClient.Redirect.NEVER)
			.proxy(HttpClient.Builder.NO_PROXY)
			.build();
		this.retries = Executors
			.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("alert-webhook-retry").daemon().factory());
		log.info("Alerts of level {} and above go to webhook {}", properties.minimumLevel(),
				WebhookTarget.describe(this.url));
	}

	@Override
	public String name() {
		return "webhook";
	}

	@Override
	public Severity minimumLevel() {
		return this.properties.minimumLevel();
	}

	/**
	 * Starts delivering the alert and returns without waiting for the receiver. Failures
	 * are logged, never thrown.
	 */
	@Override
	public void deliver(SecurityAlert alert) {
		send(alert);
	}

	/**
	 * Starts delivering the alert.
	 * @return a future that completes, never exceptionally, when the receiver accepted
	 * the alert or the channel gave up
	 */
	CompletableFuture<DeliveryResult> send(SecurityAlert alert) {
		byte[] body;
		try {
			body = WebhookPayload.render(alert);
		}
		catch (RuntimeException ex) {
			Delivery unsent = new Delivery(alert.id(), new byte[0], new CompletableFuture<>());
			giveUp(unsent, 0, "rendering the body failed with " + ex.getClass().getName());
			return unsent.result();
		}
		Delivery delivery = new Delivery(alert.id(), body, new CompletableFuture<>());
		attempt(delivery, 1);
		return delivery.result();
	}

	/**
	 * Stops the retry scheduler and the HTTP client. Retries still waiting are dropped
	 * and counted in a warning.
	 */
	@Override
	public void close() {
		List<Runnable> dropped = this.retries.shutdownNow();
		if (!dropped.isEmpty()) {
			log.warn("Dropped {} pending alert webhook retries at shutdown", dropped.size());
		}
		this.client.shutdownNow();
	}

	private void attempt(Delivery delivery, int attempt) {
		try {
			this.client.sendAsync(signedRequest(delivery.body()), HttpResponse.BodyHandlers.discarding())
				.whenComplete((response, failure) -> handleResponse(delivery, attempt, response, failure));
		}
		catch (RuntimeException ex) {
			giveUp(delivery, attempt, ex.getClass().getName());
		}
	}

	private HttpRequest signedRequest(byte[] body) {
		long timestamp = this.clock.instant().getEpochSecond();
		return HttpRequest.newBuilder(this.url)
			.timeout(this.properties.requestTimeout())
			.header("Content-Type", "application/json; charset=utf-8")
			.header(TIMESTAMP_HEADER, Long.toString(timestamp))
			.header(SIGNATURE_HEADER, "v1=" + this.key.sign(timestamp, body))
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build();
	}

	private void handleResponse(Delivery delivery, int attempt, HttpResponse<Void> response, Throwable failure) {
		if (failure == null && response.statusCode() / 100 == 2) {
			log.atDebug()
				.addKeyValue(LogKeys.ALERT_ID, delivery.alertId())
				.log("Alert {} delivered to the webhook on attempt {}", delivery.alertId(), attempt);
			delivery.result().complete(new DeliveryResult(delivery.alertId(), true, attempt, null));
			return;
		}
		Throwable cause = (failure instanceof CompletionException) ? failure.getCause() : failure;
		// Exception messages may quote the URL, whose path can carry a token, so only the
		// type is kept.
		String reason = (cause != null) ? cause.getClass().getName() : "HTTP status " + response.statusCode();
		boolean retryable = (cause != null) ? cause instanceof IOException : isRetryableStatus(response.statusCode());
		if (retryable && attempt < this.properties.maxAttempts()) {
			scheduleRetry(delivery, attempt, reason);
		}
		else {
			giveUp(delivery, attempt, reason);
		}
	}

	// NOTE: a Retry-After header on 429 is ignored, so the receiver may be asked again
	// sooner than it requested.
	private static boolean isRetryableStatus(int status) {
		return status == 429 || status / 100 == 5;
	}

	private void scheduleRetry(Delivery delivery, int attempt, String reason) {
		Duration backoff = backoffBefore(attempt + 1);
		log.atInfo()
			.addKeyValue(LogKeys.ALERT_ID, delivery.alertId())
			.log("Alert webhook attempt {} of {} for alert {} failed ({}); retrying in {} ms", attempt,
					this.properties.maxAttempts(), delivery.alertId(), reason, backoff.toMillis());
		try {
			this.retries.schedule(() -> attempt(delivery, attempt + 1), backoff.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (RejectedExecutionException ex) {
			giveUp(delivery, attempt, "the channel is shutting down");
		}
	}

	/**
	 * Returns the wait before the given attempt: the initial backoff, doubled for each
	 * later attempt.
	 */
	Duration backoffBefore(int attempt) {
		return this.properties.initialBackoff().multipliedBy(1L << (attempt - 2));
	}

	private void giveUp(Delivery delivery, int attempts, String reason) {
		log.atWarn()
			.addKeyValue(LogKeys.ALERT_ID, delivery.alertId())
			.log("Alert {} was not delivered to the webhook after {} attempts: {}", delivery.alertId(), attempts,
					reason);
		delivery.result().complete(new DeliveryResult(delivery.alertId(), false, attempts, reason));
	}

	/**
	 * One alert on its way: the body is signed anew, with a fresh timestamp, on each
	 * attempt.
	 */
	private record Delivery(UUID alertId, byte[] body, CompletableFuture<DeliveryResult> result) {
	}

	/**
	 * The outcome of one delivery.
	 *
	 * @param alertId the alert
	 * @param delivered whether the receiver responded with a 2xx status
	 * @param attempts how many requests were sent or tried
	 * @param failure the last failure, an exception type or HTTP status, or {@code null}
	 */
	record DeliveryResult(UUID alertId, boolean delivered, int attempts, String failure) {
	}

}
