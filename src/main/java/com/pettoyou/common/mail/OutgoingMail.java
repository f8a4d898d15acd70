package com.pettoyou.common.mail;

import java.util.Objects;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/**
 * One plain-text email to a single recipient. The body of account emails carries
 * verification and reset tokens, so {@link #toString()} shows neither the recipient nor
 * the body.
 *
 * @param to the recipient's address, a single RFC 822 address without a display name
 * @param subject the subject line, one line of text
 * @param textBody the plain-text body
 */
public record OutgoingMail(String to, String subject, String textBody) {

	/**
	 * Validates the fields.
	 * @throws NullPointerException if a field is {@code null}
	 * @throws IllegalArgumentException if {@code to} is not a single valid address or
	 * {@code subject} contains a line break or other control character
	 */
	public OutgoingMail {
		Objects.requireNonNull(to, "to");
		Objects.requireNonNull(subject, "subject");
		Objects.requireNonNull(textBody, "textBody");
		requireSingleAddress(to);
		if (subject.chars().anyMatch(Character::isISOControl)) {
			throw new IllegalArgumentException("Mail subject contains a control character such as a line break");
		}
	}

	/**
	 * Returns the subject and the body length, with the recipient and body redacted.
	 */
	@Override
	public String toString() {
		return "OutgoingMail[to=<redacted>, subject=" + this.subject + ", textBody=<redacted, " + this.textBody.length()
				+ " chars>]";
	}

	/**
	 * Rejects anything but one bare address. The value is left out of the message because
	 * exception messages end up in logs.
	 */
	private static void requireSingleAddress(String to) {
		try {
			InternetAddress[] parsed = InternetAddress.parse(to, true);
			if (parsed.length != 1 || parsed[0].getPersonal() != null || !to.strip().equals(parsed[0].getAddress())) {
				throw new IllegalArgumentException("Mail recipient must be exactly one address without a display name");
			}
			parsed[0].validate();
		}
		catch (AddressException ex) {
			throw new IllegalArgumentException("Mail recipient is not a valid email address");
		}
	}

}
