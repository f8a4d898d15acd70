package com.pettoyou.monitoring.channels;

import java.time.Clock;
import java.util.List;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

import com.pettoyou.common.mail.Mailer;

/**
 * Creates the webhook channel when {@code pettoyou.monitoring.webhook.url} is set and the
 * email channel when {@code pettoyou.monitoring.email.recipients} lists an address. A
 * blank value, as an unset environment variable produces, counts as not set.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ WebhookProperties.class, EmailAlertProperties.class })
class AlertChannelConfiguration {

	@Bean(destroyMethod = "close")
	@Conditional(WebhookUrlSet.class)
	WebhookChannel webhookAlertChannel(WebhookProperties properties, Clock clock) {
		return new WebhookChannel(properties, clock);
	}

	@Bean
	@Conditional(EmailRecipientsSet.class)
	EmailChannel emailAlertChannel(Mailer mailer, EmailAlertProperties properties) {
		return new EmailChannel(mailer, properties);
	}

	static final class WebhookUrlSet implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			String url = context.getEnvironment().getProperty("pettoyou.monitoring.webhook.url");
			return url != null && !url.isBlank();
		}

	}

	static final class EmailRecipientsSet implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return Binder.get(context.getEnvironment())
				.bind("pettoyou.monitoring.email.recipients", Bindable.listOf(String.class))
				.map((recipients) -> recipients.stream().anyMatch((recipient) -> !recipient.isBlank()))
				.orElse(false);
		}

	}

}
