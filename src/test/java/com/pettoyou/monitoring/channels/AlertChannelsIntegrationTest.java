package com.pettoyou.monitoring.channels;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.pettoyou.common.SecurityEvent;
import com.pettoyou.common.SecurityEvent.Severity;
import com.pettoyou.local.TestServices;
import com.pettoyou.monitoring.SecurityAlert;
import com.pettoyou.monitoring.alerts.AlertChannel;
import com.pettoyou.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class AlertChannelsIntegrationTest {

	private static final byte[] KEY = WebhookChannelTest.randomKey();

	private static AlertReceiver receiver;

	@Autowired
	private List<AlertChannel> channels;

	@Autowired
	private ApplicationEventPublisher events;

	@Autowired
	private Clock clock;

	@DynamicPropertySource
	static void alertChannels(DynamicPropertyRegistry registry) throws IOException {
		receiver = AlertReceiver.start(KEY);
		registry.add("pettoyou.monitoring.webhook.url", () -> receiver.url().toString());
		registry.add("pettoyou.monitoring.webhook.secret", () -> Base64.getEncoder().encodeToString(KEY));
		registry.add("pettoyou.monitoring.email.recipients", () -> "security@example.test");
	}

	@AfterAll
	static void stopReceiver() {
		receiver.close();
	}

	@Test
	void propertiesCreateBothChannels() {
		assertThat(this.channels).extracting(AlertChannel::name).contains("webhook", "email");
	}

	@Test
	void webhookBeanDeliversSignedAlert() throws Exception {
		SecurityAlert alert = WebhookChannelTest.anAlert();

		channel(WebhookChannel.class).deliver(alert);

		AlertReceiver.ReceivedRequest request = awaitWebhookRequest(alert.id().toString());
		assertThat(request.signatureValid()).isTrue();
		assertThat(request.status()).isEqualTo(200);
	}

	@Test
	void emailBeanWritesAlertToOutbox() throws Exception {
		SecurityAlert alert = WebhookChannelTest.anAlert();

		channel(EmailChannel.class).deliver(alert);

		String mail = outboxMailContaining(alert.id().toString()).orElseThrow();
		assertThat(mail).contains("Subject: [CRITICAL] Pet-to-You security alert: HIGH_VALUE_TRANSACTION");
		assertThat(mail).contains("To: security@example.test");
		assertThat(mail).contains("Message: Payment of 6000000 won exceeds the limit");
	}

	@Test
	void highValuePaymentEventReachesBothChannels() throws Exception {
		String paymentId = UUID.randomUUID().toString();

		this.events.publishEvent(new SecurityEvent("HIGH_VALUE_PAYMENT", Severity.CRITICAL, UUID.randomUUID(), null,
				this.clock.instant(), Map.of("amount", "6000000", "paymentId", paymentId, "status", "CAPTURED")));

		AlertReceiver.ReceivedRequest request = awaitWebhookRequest(paymentId);
		assertThat(request.signatureValid()).isTrue();
		JsonNode alert = JsonMapper.shared().readTree(request.body()).get("alert");
		assertThat(alert.get("level").asString()).isEqualTo("CRITICAL");
		assertThat(alert.get("category").asString()).isEqualTo("FINANCIAL");
		assertThat(alert.get("message").asString()).contains("6,000,000 won");
		String mail = awaitOutboxMail(paymentId);
		assertThat(mail).contains("Subject: [CRITICAL] Pet-to-You security alert: " + alert.get("rule").asString());
	}

	private <T extends AlertChannel> T channel(Class<T> type) {
		return this.channels.stream().filter(type::isInstance).map(type::cast).findFirst().orElseThrow();
	}

	private static AlertReceiver.ReceivedRequest awaitWebhookRequest(String text) throws InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
		while (Instant.now().isBefore(deadline)) {
			Optional<AlertReceiver.ReceivedRequest> found = receiver.requests()
				.stream()
				.filter((request) -> request.bodyText().contains(text))
				.findFirst();
			if (found.isPresent()) {
				return found.get();
			}
			TimeUnit.MILLISECONDS.sleep(50);
		}
		throw new AssertionError("The receiver got no request containing " + text + " within 20 seconds");
	}

	private static String awaitOutboxMail(String text) throws InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
		while (Instant.now().isBefore(deadline)) {
			Optional<String> found = outboxMailContaining(text);
			if (found.isPresent()) {
				return found.get();
			}
			TimeUnit.MILLISECONDS.sleep(50);
		}
		throw new AssertionError("The outbox got no mail containing " + text + " within 20 seconds");
	}

	private static Optional<String> outboxMailContaining(String text) {
		try (Stream<Path> files = Files.list(TestServices.outbox())) {
			return files.filter((file) -> file.toString().endsWith(".eml"))
				.map(AlertChannelsIntegrationTest::read)
				.filter((content) -> content.contains(text))
				.findFirst();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
