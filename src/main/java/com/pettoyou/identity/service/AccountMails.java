package com.pettoyou.identity.service;

import java.time.Instant;

import org.springframework.stereotype.Component;

import com.pettoyou.common.mail.Mailer;
import com.pettoyou.common.mail.OutgoingMail;
import com.pettoyou.identity.LinkProperties;

/**
 * Writes and sends the account emails. Links are built from
 * {@code pettoyou.links.base-url} alone and carry tokens in the URL fragment, which
 * browsers never send to a server.
 */
@Component
class AccountMails {

	private final Mailer mailer;

	private final LinkProperties links;

	AccountMails(Mailer mailer, LinkProperties links) {
		this.mailer = mailer;
		this.links = links;
	}

	void verifyEmail(String to, String token) {
		send(to, "Verify your Pet-to-You email address", """
				Welcome to Pet-to-You.

				Open this link to verify your email address and activate your account:
				%s

				If you did not register, ignore this email.
				""".formatted(link("verify-email", token)));
	}

	void alreadyRegistered(String to) {
		send(to, "Someone tried to register with your email address", """
				Someone tried to create a Pet-to-You account with this email address, which already has one.

				If it was you, log in or reset your password at %s.
				If not, you can ignore this email; your account is unchanged.
				""".formatted(links.baseUrl() + "/reset-password"));
	}

	void resetPassword(String to, String token) {
		send(to, "Reset your Pet-to-You password", """
				Open this link to choose a new password. It works once, for %d minutes:
				%s

				If you did not ask for this, ignore this email; your password is unchanged.
				""".formatted(links.resetTokenLifetime().toMinutes(), link("reset-password", token)));
	}

	void resetWithoutAccount(String to) {
		send(to, "Password reset requested for your email address", """
				Someone asked to reset the Pet-to-You password for this email address, but no active
				account uses it, so nothing was changed.

				If it was you, you may have registered with another address.
				""");
	}

	void accountCreated(String to, String token) {
		send(to, "Your Pet-to-You account", """
				An administrator created a Pet-to-You account for you.

				Open this link to choose your password. It works once, for %d minutes:
				%s
				""".formatted(links.resetTokenLifetime().toMinutes(), link("reset-password", token)));
	}

	void passwordChanged(String to) {
		send(to, "Your Pet-to-You password was changed", """
				The password of your Pet-to-You account was changed and your other sessions were ended.

				If this was not you, reset your password now at %s.
				""".formatted(links.baseUrl() + "/reset-password"));
	}

	void accountLocked(String to, Instant until) {
		send(to, "Logins to your Pet-to-You account are paused", """
				Several wrong passwords were entered for your Pet-to-You account, so logins are paused until %s (UTC).

				If this was not you, consider resetting your password at %s; a reset also ends the pause.
				""".formatted(until, links.baseUrl() + "/reset-password"));
	}

	private String link(String page, String token) {
		return links.baseUrl() + "/" + page + "#token=" + token;
	}

	private void send(String to, String subject, String body) {
		mailer.send(new OutgoingMail(to, subject, body));
	}

}
