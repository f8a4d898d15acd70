package com.pettoyou.monitoring.channels;

import java.util.List;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import com.pettoyou.common.SecurityEvent.Severity;

/**
 * Settings under {@code pettoyou.monitoring.email}. The email channel exists only when
 * {@code recipients} is not empty.
 *
 * @param recipients the addresses that each receive one message per alert
 * @param minimumLevel the lowest alert level sent
 */
@ConfigurationProperties("pettoyou.monitoring.email")
public record EmailAlertProperties(@DefaultValue List<String> recipients,
		@DefaultValue("CRITICAL") Severity minimumLevel) {

	/**
	 * Validates each recipient.
	 * @throws IllegalArgumentException naming the index, but not the value, of an entry
	 * that is not a single bare email address
	 */
	public EmailAlertProperties {
		recipients = (recipients != null) ? List.copyOf(recipients) : List.of();
		for (int i = 0; i < recipients.size(); i++) {
			requireAddress(i, recipients.get(i));
		}
	}

	/** Counts the recipients without listing them. */
	@Override
	public String toString() {
		return "EmailAlertProperties[recipients=" + recipients.size() + " addresses, minimumLevel=" + minimumLevel
				+ "]";
	}

	private static void requireAddress(int index, String recipient) {
		String problem = "pettoyou.monitoring.email.recipients[" + index + "] is not a single valid email address";
		try {
			InternetAddress[] parsed = InternetAddress.parse(recipient, true);
			if (parsed.length != 1 || parsed[0].getPersonal() != null
					|| !recipient.strip().equals(parsed[0].getAddress())) {
				throw new IllegalArgumentException(problem);
			}
			parsed[0].validate();
		}
		catch (AddressException ex) {
			throw new IllegalArgumentException(problem);
		}
	}

}
