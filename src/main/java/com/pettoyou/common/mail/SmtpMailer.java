package com.pettoyou.common.mail;

import java.time.Clock;
import java.util.Objects;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * {@link Mailer} that delivers through Spring's {@link JavaMailSender}, which Spring Boot
 * configures from the {@code spring.mail.*} properties. Failures are logged by exception
 * type without recipient or body and raised as {@link MailDeliveryException}. Instances
 * are thread-safe when the sender is, as Spring's {@code JavaMailSenderImpl} is.
 */
public class SmtpMailer implements Mailer {

	private static final Logger logger = LoggerFactory.getLogger(SmtpMailer.class);

	private final JavaMailSender sender;

	private final InternetAddress from;

	private final Clock clock;

	/**
	 * Creates the mailer.
	 * @param sender the configured sender
	 * @param from the sender address
	 * @param clock the clock for the Date header
	 */
	public SmtpMailer(JavaMailSender sender, InternetAddress from, Clock clock) {
		this.sender = Objects.requireNonNull(sender, "sender");
		this.from = Objects.requireNonNull(from, "from");
		this.clock = Objects.requireNonNull(clock, "clock");
	}

	/**
	 * Sends the message and waits until the SMTP server accepts it.
	 * @throws MailDeliveryException if building the message or the SMTP exchange fails
	 */
	@Override
	public void send(OutgoingMail mail) {
		try {
			MimeMessage message = this.sender.createMimeMessage();
			MimeMessages.fill(message, this.from, mail, this.clock.instant());
			this.sender.send(message);
		}
		catch (MailException | MessagingException ex) {
			String failure = MailFailures.describe(ex);
			logger.warn("Sending {} through SMTP failed: {}", mail, failure);
			throw new MailDeliveryException("Sending mail through SMTP failed: " + failure);
		}
	}

}
