package com.pettoyou.common.mail;

import java.nio.file.Path;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code pettoyou.mail}. SMTP host, port and credentials are Spring Boot's
 * own {@code spring.mail.*} properties.
 *
 * @param from the sender address of every message, {@value #DEFAULT_FROM} by default
 * @param outbox the directory that receives messages as {@code .eml} files instead of
 * SMTP, or {@code null} to send through SMTP
 */
@ConfigurationProperties("pettoyou.mail")
public record MailProperties(@DefaultValue(DEFAULT_FROM) String from, Path outbox) {

	/** Sender address used when {@code pettoyou.mail.from} is not set. */
	public static final String DEFAULT_FROM = "no-reply@pettoyou.local";

	/**
	 * Applies the default sender and validates it.
	 * @throws IllegalArgumentException if {@code from} is not a valid email address
	 */
	public MailProperties {
		if (from == null) {
			from = DEFAULT_FROM;
		}
		fromAddress(from);
	}

	/**
	 * Returns the sender as a parsed address.
	 * @return the {@code from} address
	 */
	public InternetAddress fromAddress() {
		return fromAddress(this.from);
	}

	private static InternetAddress fromAddress(String from) {
		try {
			InternetAddress address = new InternetAddress(from, true);
			address.validate();
			return address;
		}
		catch (AddressException ex) {
			throw new IllegalArgumentException("pettoyou.mail.from is not a valid email address: set it to an "
					+ "address such as " + DEFAULT_FROM);
		}
	}

}
