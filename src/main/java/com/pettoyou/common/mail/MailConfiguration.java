package com.pettoyou.common.mail;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Creates the application's {@link Mailer}: an {@link OutboxMailer} when
 * {@code pettoyou.mail.outbox} is set, otherwise an {@link SmtpMailer} on the
 * {@link JavaMailSender} that Spring Boot creates when {@code spring.mail.host} is set.
 * Startup fails when neither property is set.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailProperties.class)
public class MailConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(MailConfiguration.class);

	/**
	 * Creates the mailer that matches the configuration.
	 * @param properties the {@code pettoyou.mail} settings
	 * @param senders the SMTP sender, absent unless {@code spring.mail.host} is set
	 * @return the mailer
	 * @throws IllegalStateException if neither an outbox nor an SMTP host is configured
	 */
	@Bean
	public Mailer mailer(MailProperties properties, ObjectProvider<JavaMailSender> senders) {
		if (properties.outbox() != null) {
			OutboxMailer outbox = new OutboxMailer(properties.outbox(), properties.fromAddress(), Clock.systemUTC());
			logger.info("Mail goes to outbox directory {}", outbox.directory().toAbsolutePath());
			return outbox;
		}
		JavaMailSender sender = senders.getIfAvailable();
		if (sender == null) {
			throw new IllegalStateException("No mail transport is configured: set pettoyou.mail.outbox to a "
					+ "directory for local use, or spring.mail.host to an SMTP server");
		}
		if (sender instanceof JavaMailSenderImpl configured) {
			logger.info("Mail goes through SMTP server {} port {}", configured.getHost(), configured.getPort());
		}
		else {
			logger.info("Mail goes through SMTP with {}", sender.getClass().getName());
		}
		return new SmtpMailer(sender, properties.fromAddress(), Clock.systemUTC());
	}

}
