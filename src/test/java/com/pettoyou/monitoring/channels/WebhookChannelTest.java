package com.pettoyou.monitoring.channels;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import com.pettoyou.common.SecurityEvent.Severity;
import com.pettoyou.monitoring.SecurityAlert;
import com.pettoyou.monitoring.channels.AlertReceiver.ReceivedRequest;
import com.pettoyou.monitoring.channels.WebhookChannel.DeliveryResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

@ExtendWith(OutputCaptureExtension.class)
@Timeout(30)
class WebhookChannelTest {

	private static final Instant NOW = Instant.parse("2026-03-01T09:15:30Z");

	private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

	private final byte[] key = randomKey();

	private AlertReceiver receiver;

	private WebhookChannel channel;

	@BeforeEach
	void startReceiver() throws Exception {
		this.receiver = AlertReceiver.start(this.key);
	}

	@AfterEach
	void stop() {
		if (this.channel != null) {
			this.channel.close();
		}
		this.receiver.close();
	}

	@Test
	void deliversSignedSlackCompatibleBody() throws Exception {
		SecurityAlert alert = anAlert();
		this.channel = channel(this.receiver.url(), Duration.ofSeconds(5), 4);

		DeliveryResult result = this.channel.send(alert).get(10, TimeUnit.SECONDS);

		assertThat(result.delivered()).isTrue();
		assertThat(result.attempts()).isEqualTo(1);
		assertThat(this.receiver.requests()).hasSize(1);
		ReceivedRequest request = this.receiver.requests().get(0);
		assertThat(request.method()).isEqualTo("POST");
		assertThat(request.signatureValid()).isTrue();
		assertThat(request.timestamp()).isEqualTo(Long.toString(NOW.getEpochSecond()));
		assertThat(request.signature()).matches("v1=[0-9a-f]{64}");
		JsonNode body = JsonMapper.shared().readTree(request.body());
		assertThat(body.get("text").asString()).isEqualTo(
				"[CRITICAL] Pet-to-You security alert HIGH_VALUE_TRANSACTION: Payment of 6000000 won exceeds the limit");
		assertThat(body.get("blocks").isArray()).isTrue();
		assertThat(body.get("alert").get("id").asString()).isEqualTo(alert.id().toString());
		assertThat(body.get("alert").get("level").asString()).isEqualTo("CRITICAL");
		assertThat(body.get("alert").get("category").asString()).isEqualTo("FINANCIAL");
		assertThat(body.get("alert").get("rule").asString()).isEqualTo("HIGH_VALUE_TRANSACTION");
		assertThat(body.get("alert").get("occurredAt").asString()).isEqualTo("2026-03-01T09:10:00Z");
		assertThat(body.get("alert").get("occurrences").asInt()).isEqualTo(1);
	}

	@Test
	void tamperedBodyOrTimestampFailsCheck() throws Exception {
		this.channel = channel(this.receiver.url(), Duration.ofSeconds(5), 4);
		this.channel.send(anAlert()).get(10, TimeUnit.SECONDS);
		ReceivedRequest request = this.receiver.requests().get(0);
		byte[] tampered = request.bodyText().replace("6000000", "6000001").getBytes(StandardCharsets.UTF_8);
		String otherTime = Long.toString(NOW.getEpochSecond() + 1);

		assertThat(this.receiver.isValid(request.timestamp(), request.signature(), request.body())).isTrue();
		assertThat(this.receiver.isValid(request.timestamp(), request.signature(), tampered)).isFalse();
		assertThat(this.receiver.isValid(otherTime, request.signature(), request.body())).isFalse();
	}

	@Test
	void serverErrorsAreRetriedUntilSuccess() throws Exception {
		this.receiver.script(500, 500, 200);
		this.channel = channel(this.receiver.url(), Duration.ofSeconds(5), 4);

		DeliveryResult result = this.channel.send(anAlert()).get(10, TimeUnit.SECONDS);

		assertThat(result.delivered()).isTrue();
		assertThat(result.attempts()).isEqualTo(3);
		assertThat(this.receiver.requests()).extracting(ReceivedRequest::status).containsExactly(500, 500, 200);
		assertThat(this.receiver.requests()).allMatch(ReceivedRequest::signatureValid);
		assertThat(this.receiver.successes()).isEqualTo(1);
	}

	@Test
	void tooManyRequestsIsRetried() throws Exception {
		this.receiver.script(429, 200);
		this.channel = channel(this.receiver.url(), Duration.ofSeconds(5), 4);

		DeliveryResult result = this.channel.send(anAlert()).get(10, TimeUnit.SECONDS);

		assertThat(result.delivered()).isTrue();
		assertThat(result.attempts()).isEqualTo(2);
	}

	@Test
	void clientErrorIsNotRetried(CapturedOutput output) throws Exception {
		SecurityAlert alert = anAlert();
		this.receiver.script(400);
		this.channel = channel(this.receiver.url(), Duration.ofSeconds(5), 4);

		DeliveryResult result = this.channel.send(alert).get(10, TimeUnit.SECONDS);

		assertThat(result.delivered()).isFalse();
		assertThat(result.attempts()).isEqualTo(1);
		assertThat(result.failure()).isEqualTo("HTTP status 400");
		assertThat(this.receiver.requests()).hasSize(1);
		assertThat(output).contains("Alert " + alert.id() + " was not delivered to the webhook after 1 attempts");
	}

	@Test
	void redirectIsNotFollowed() throws Exception {
		this.receiver.script(302);
		this.channel = channel(this.receiver.url(), Duration.ofSeconds(5), 4);

		DeliveryResult result = this.channel.send(anAlert()).get(10, TimeUnit.SECONDS);

		assertThat(result.delivered()).isFalse();
		assertThat(result.failure()).isEqualTo("HTTP status 302");
		assertThat(this.receiver.requests()).hasSize(1);
	}

	@Test
	void timedOutAttemptIsRetried() throws Exception {
		this.receiver.script(AlertReceiver.HOLD, 200);
		this.channel = channel(this.receiver.url(), Duration.ofMillis(200), 4);

		DeliveryResult result = this.channel.send(anAlert()).get(10, TimeUnit.SECONDS);

		assertThat(result.delivered()).isTrue();
		assertThat(result.attempts()).isEqualTo(2);
		assertThat(this.receiver.requests()).extracting(ReceivedRequest::status)
			.containsExactly(AlertReceiver.HOLD, 200);
		assertThat(this.receiver.successes()).isEqualTo(1);
		this.receiver.release();
	}

	@Test
	void downReceiverGivesUpAfterMaxAttempts(CapturedOutput output) throws Exception {
		SecurityAlert alert = anAlert();
		this.channel = channel(closedPortUrl(), Duration.ofSeconds(5), 3);

		assertThatNoException().isThrownBy(() -> this.channel.deliver(alert));
		DeliveryResult result = this.channel.send(alert).get(10, TimeUnit.SECONDS);

		assertThat(result.delivered()).isFalse();
		assertThat(result.attempts()).isEqualTo(3);
		assertThat(result.failure()).isEqualTo("java.net.ConnectException");
		assertThat(output).contains("Alert " + alert.id() + " was not delivered to the webhook after 3 attempts: "
				+ "java.net.ConnectException");
		assertThat(output).doesNotContain(Base64.getEncoder().encodeToString(this.key));
		assertThat(output).doesNotContain("6000000");
		assertThat(output).doesNotContain("/hooks/alerts");
	}

	@Test
	void deliverReturnsWhileReceiverHoldsRequest() throws Exception {
		this.receiver.script(AlertReceiver.HOLD);
		this.channel = channel(this.receiver.url(), Duration.ofSeconds(20), 4);

		this.channel.deliver(anAlert());

		assertThat(this.receiver.awaitHeld()).isTrue();
		assertThat(this.receiver.successes()).isZero();
		this.receiver.release();
	}

	@Test
	void sendCompletesOnlyAfterHeldRequestIsReleased() throws Exception {
		this.receiver.script(AlertReceiver.HOLD);
		this.channel = channel(this.receiver.url(), Duration.ofSeconds(20), 4);

		var pending = this.channel.send(anAlert());

		assertThat(this.receiver.awaitHeld()).isTrue();
		assertThat(pending).isNotDone();
		this.receiver.release();
		assertThat(pending.get(10, TimeUnit.SECONDS).delivered()).isTrue();
	}

	@Test
	void backoffDoublesFromInitialDelay() {
		this.channel = new WebhookChannel(
				properties(this.receiver.url(), Duration.ofSeconds(5), 4, Duration.ofSeconds(1)), CLOCK);

		assertThat(this.channel.backoffBefore(2)).isEqualTo(Duration.ofSeconds(1));
		assertThat(this.channel.backoffBefore(3)).isEqualTo(Duration.ofSeconds(2));
		assertThat(this.channel.backoffBefore(4)).isEqualTo(Duration.ofSeconds(4));
	}

	@Test
	void slackMarkupInMessageIsEscaped() throws Exception {
		SecurityAlert alert = new SecurityAlert(UUID.randomUUID(), Severity.WARNING, "AUTHENTICATION", "BRUTE_FORCE",
				"Failed logins <!channel> & <https://example.test|link>", NOW, NOW, 7);
		this.channel = channel(this.receiver.url(), Duration.ofSeconds(5), 4);

		this.channel.send(alert).get(10, TimeUnit.SECONDS);

		JsonNode body = JsonMapper.shared().readTree(this.receiver.requests().get(0).body());
		assertThat(body.get("text").asString())
			.endsWith("Failed logins &lt;!channel&gt; &amp; &lt;https://example.test|link&gt;");
		assertThat(body.get("alert").get("message").asString()).isEqualTo(alert.message());
	}

	private WebhookChannel channel(URI url, Duration requestTimeout, int maxAttempts) {
		return new WebhookChannel(properties(url, requestTimeout, maxAttempts, Duration.ofMillis(10)), CLOCK);
	}

	private WebhookProperties properties(URI url, Duration requestTimeout, int maxAttempts, Duration backoff) {
		return new WebhookProperties(url, Base64.getEncoder().encodeToString(this.key), Severity.WARNING,
				Duration.ofSeconds(2), requestTimeout, maxAttempts, backoff);
	}

	static SecurityAlert anAlert() {
		return new SecurityAlert(UUID.randomUUID(), Severity.CRITICAL, "FINANCIAL", "HIGH_VALUE_TRANSACTION",
				"Payment of 6000000 won exceeds the limit", Instant.parse("2026-03-01T09:10:00Z"),
				Instant.parse("2026-03-01T09:10:00Z"), 1);
	}

	static byte[] randomKey() {
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		return key;
	}

	private static URI closedPortUrl() throws Exception {
		int port;
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			port = socket.getLocalPort();
		}
		return URI.create("http://127.0.0.1:" + port + "/hooks/alerts");
	}

}
