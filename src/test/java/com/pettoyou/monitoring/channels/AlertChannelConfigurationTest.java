package com.pettoyou.monitoring.channels;

import java.time.Clock;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import com.pettoyou.common.SecurityEvent.Severity;
import com.pettoyou.common.mail.Mailer;
import com.pettoyou.monitoring.alerts.AlertChannel;

import static org.assertj.core.api.Assertions.assertThat;

class AlertChannelConfigurationTest {

	private static final String SECRET = Base64.getEncoder().encodeToString(WebhookChannelTest.randomKey());

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(AlertChannelConfiguration.class)
		.withBean(Clock.class, Clock::systemUTC)
		.withBean(Mailer.class, () -> (mail) -> {
		});

	@Test
	void noSettingsCreateNoChannel() {
		this.runner.run((context) -> assertThat(context).doesNotHaveBean(AlertChannel.class));
	}

	@Test
	void blankSettingsCreateNoChannel() {
		this.runner.withPropertyValues("pettoyou.monitoring.webhook.url=", "pettoyou.monitoring.email.recipients=")
			.run((context) -> assertThat(context).doesNotHaveBean(AlertChannel.class));
	}

	@Test
	void urlCreatesWebhookChannelWithDefaults() {
		this.runner
			.withPropertyValues("pettoyou.monitoring.webhook.url=https://hooks.example.test/alerts",
					"pettoyou.monitoring.webhook.secret=" + SECRET)
			.run((context) -> {
				assertThat(context).hasSingleBean(WebhookChannel.class);
				assertThat(context).doesNotHaveBean(EmailChannel.class);
				assertThat(context.getBean(WebhookChannel.class).minimumLevel()).isEqualTo(Severity.WARNING);
				WebhookProperties properties = context.getBean(WebhookProperties.class);
				assertThat(properties.maxAttempts()).isEqualTo(4);
				assertThat(properties.initialBackoff()).hasSeconds(1);
			});
	}

	@Test
	void urlWithoutSecretFailsStartup() {
		this.runner.withPropertyValues("pettoyou.monitoring.webhook.url=https://hooks.example.test/alerts")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageStartingWith("pettoyou.monitoring.webhook.secret is missing"));
	}

	@Test
	void nonHttpUrlFailsStartup() {
		this.runner
			.withPropertyValues("pettoyou.monitoring.webhook.url=file:///etc/passwd",
					"pettoyou.monitoring.webhook.secret=" + SECRET)
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessage("pettoyou.monitoring.webhook.url must start with https:// or http://"));
	}

	@Test
	void recipientsCreateEmailChannelWithCriticalDefault() {
		this.runner.withPropertyValues("pettoyou.monitoring.email.recipients=security@example.test,oncall@example.test")
			.run((context) -> {
				assertThat(context).hasSingleBean(EmailChannel.class);
				assertThat(context).doesNotHaveBean(WebhookChannel.class);
				assertThat(context.getBean(EmailChannel.class).minimumLevel()).isEqualTo(Severity.CRITICAL);
			});
	}

	@Test
	void minimumLevelsAreConfigurable() {
		this.runner.withPropertyValues("pettoyou.monitoring.webhook.url=https://hooks.example.test/alerts",
				"pettoyou.monitoring.webhook.secret=" + SECRET, "pettoyou.monitoring.webhook.minimum-level=CRITICAL",
				"pettoyou.monitoring.email.recipients=security@example.test",
				"pettoyou.monitoring.email.minimum-level=WARNING")
			.run((context) -> {
				assertThat(context.getBean(WebhookChannel.class).minimumLevel()).isEqualTo(Severity.CRITICAL);
				assertThat(context.getBean(EmailChannel.class).minimumLevel()).isEqualTo(Severity.WARNING);
			});
	}

}
