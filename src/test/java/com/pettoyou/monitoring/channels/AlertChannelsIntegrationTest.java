package com.pettoyou.monitoring.channels;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

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

		AlertReceiver.ReceivedRequest request = awaitWebhookRequest(alert);
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

	private <T extends AlertChannel> T channel(Class<T> type) {
		return this.channels.stream().filter(type::isInstance).map(type::cast).findFirst().orElseThrow();
	}

	private static AlertReceiver.ReceivedRequest awaitWebhookRequest(SecurityAlert alert) throws InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
		while (Instant.now().isBefore(deadline)) {
			Optional<AlertReceiver.ReceivedRequest> found = receiver.requests()
				.stream()
				.filter((request) -> request.bodyText().contains(alert.id().toString()))
				.findFirst();
			if (found.isPresent()) {
				return found.get();
			}
			TimeUnit.MILLISECONDS.sleep(50);
		}
		throw new AssertionError("The receiver got no request for alert " + alert.id() + " within 10 seconds");
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
