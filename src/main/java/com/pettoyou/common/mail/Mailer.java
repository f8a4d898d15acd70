package com.pettoyou.common.mail;

/**
 * Sends account emails such as address verification, password reset and lockout notices.
 * {@link MailConfiguration} picks the implementation: {@link OutboxMailer} writes files
 * for local use and {@link SmtpMailer} delivers through SMTP.
 */
public interface Mailer {

	/**
	 * Sends one message synchronously.
	 * @param mail the message
	 * @throws MailDeliveryException if the message could not be handed over for delivery
	 */
	void send(OutgoingMail mail);

}
