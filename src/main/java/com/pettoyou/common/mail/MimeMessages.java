package com.pettoyou.common.mail;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * Fills Jakarta Mail messages from {@link OutgoingMail} the same way for every
 * {@link Mailer}.
 */
final class MimeMessages {

	static final String MESSAGE_ID_HEADER = "Message-ID";

	private MimeMessages() {
	}

	/**
	 * Creates a message whose {@code Message-ID} header survives
	 * {@link MimeMessage#saveChanges()}. Plain {@code MimeMessage} replaces the header
	 * with a generated one that may need a host name lookup.
	 * @param session the session the message belongs to
	 * @return an empty message
	 */
	static MimeMessage create(Session session) {
		return new MimeMessage(session) {

			@Override
			protected void updateMessageID() throws MessagingException {
				if (getHeader(MESSAGE_ID_HEADER) == null) {
					super.updateMessageID();
				}
			}

		};
	}

	/**
	 * Sets From, To, Subject, Date, Message-ID and a UTF-8 {@code text/plain} body.
	 * @param message the message to fill
	 * @param from the sender address
	 * @param mail the content
	 * @param sentAt the value of the Date header
	 * @throws MessagingException if Jakarta Mail rejects a value
	 */
	static void fill(MimeMessage message, InternetAddress from, OutgoingMail mail, Instant sentAt)
			throws MessagingException {
		message.setFrom(from);
		message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.to(), true));
		message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
		message.setSentDate(Date.from(sentAt));
		message.setText(mail.textBody(), StandardCharsets.UTF_8.name());
		message.setHeader(MESSAGE_ID_HEADER, messageId(from));
	}

	/**
	 * Builds a globally unique Message-ID from a random UUID and the sender's domain.
	 */
	private static String messageId(InternetAddress from) {
		String address = from.getAddress();
		String domain = address.substring(address.lastIndexOf('@') + 1);
		return "<" + UUID.randomUUID() + "@" + domain + ">";
	}

}
