package com.pettoyou.common.mail;

/**
 * Failure to hand a message to its transport. The message names the exception types, plus
 * the file system error for the outbox, but never the recipient or body. No cause is
 * attached, because Jakarta Mail exceptions and SMTP server replies often quote the
 * recipient's address.
 */
public class MailDeliveryException extends RuntimeException {

	/**
	 * Creates the exception.
	 * @param message a description without recipient, subject or body
	 */
	public MailDeliveryException(String message) {
		super(message);
	}

}
