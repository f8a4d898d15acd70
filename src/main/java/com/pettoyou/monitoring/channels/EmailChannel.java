package com.pettoyou.monitoring.channels;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.pettoyou.common.LogKeys;
import com.pettoyou.common.SecurityEvent.Severity;
import com.pettoyou.common.mail.MailDeliveryException;
import com.pettoyou.common.mail.Mailer;
import com.pettoyou.common.mail.OutgoingMail;
import com.pettoyou.monitoring.SecurityAlert;
import com.pettoyou.monitoring.alerts.AlertChannel;

/**
 * Sends one plain-text email per alert and recipient through the application's
 * {@link Mailer}: SMTP, or the outbox directory in local mode. The message holds only the
 * alert's own fields. Each send is tried once. A failure is logged with the alert id and
 * the recipient's position in the list, never the address.
 */
public class EmailChannel implements AlertChannel {

	private static final Logger log = LoggerFactory.getLogger(EmailChannel.class);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
		.withZone(ZoneOffset.UTC);

	private final Mailer mailer;

	private final List<String> recipients;

	private final Severity minimumLevel;

	/**
	 * Creates the channel.
	 * @param mailer the application's mailer
	 * @param properties the recipients, at least one, and the minimum level
	 * @throws IllegalStateException if no recipient is configured
	 */
	public EmailChannel(Mailer mailer, EmailAlertProperties properties) {
		this.mailer = Objects.requireNonNull(mailer, "mailer");
		this.recipients = properties.recipients();
		this.minimumLevel = properties.minimumLevel();
		if (this.recipients.isEmpty()) {
			throw new IllegalStateException("pettoyou.monitoring.email.recipients is empty");
		}
		log.info("Alerts of level {} and above go by email to {} recipients", this.minimumLevel,
				this.recipients.size());
	}

	@Override
	public String name() {
		return "email";
	}

	@Override
	public Severity minimumLevel() {
		return this.minimumLevel;
	}

	/**
	 * Sends the alert to each recipient in turn and waits for each hand-over. A failed
	 * send is logged and the next recipient still gets the message.
	 */
	@Override
	public void deliver(SecurityAlert alert) {
		String subject = subject(alert);
		String body = body(alert);
		for (int i = 0; i < this.recipients.size(); i++) {
			try {
				this.mailer.send(new OutgoingMail(this.recipients.get(i), subject, body));
			}
			catch (MailDeliveryException | IllegalArgumentException ex) {
				log.atWarn()
					.addKeyValue(LogKeys.ALERT_ID, alert.id())
					.log("Emailing alert {} to recipient {} of {} failed: {}", alert.id(), i + 1,
							this.recipients.size(), ex.getClass().getName());
			}
		}
	}

	/**
	 * Returns a subject such as
	 * {@code [CRITICAL] Pet-to-You security alert: HIGH_VALUE_TRANSACTION}.
	 */
	static String subject(SecurityAlert alert) {
		return singleLine("[" + alert.level() + "] Pet-to-You security alert: " + alert.rule());
	}

	/** Returns the plain-text body: one labelled line per alert field. */
	static String body(SecurityAlert alert) {
		return """
				Level: %s
				Category: %s
				Rule: %s
				Message: %s
				Occurred at: %s
				Last seen at: %s
				Occurrences: %d
				Alert id: %s
				""".formatted(alert.level(), singleLine(alert.category()), singleLine(alert.rule()),
				singleLine(alert.message()), time(alert.occurredAt()), time(alert.lastSeenAt()), alert.occurrences(),
				alert.id());
	}

	private static String time(Instant instant) {
		return (instant != null) ? TIME.format(instant) : "unknown";
	}

	/**
	 * Replaces line breaks and other control characters, which a subject must not
	 * contain, with spaces.
	 */
	private static String singleLine(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder line = new StringBuilder(text.length());
		text.codePoints().forEach((c) -> line.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
		return line.toString();
	}

}
