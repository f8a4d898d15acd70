package com.pettoyou.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import com.pettoyou.local.TestServices;

/** Reads the mail that the application wrote to the test outbox. */
public final class Outbox {

	private static final Pattern TOKEN = Pattern.compile("#token=([A-Za-z0-9_-]+)");

	private Outbox() {
	}

	/** Returns every message sent to this address, oldest first. */
	public static List<Mail> to(String address) {
		try (Stream<Path> files = Files.list(TestServices.outbox())) {
			return files.filter((file) -> file.toString().endsWith(".eml"))
				.sorted(Comparator.comparing(Path::getFileName))
				.map(Outbox::read)
				.filter((mail) -> mail.to().equalsIgnoreCase(address))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Returns the token in the newest message to this address with this subject word. */
	public static String latestToken(String address, String subjectWord) {
		List<Mail> mails = to(address).stream().filter((mail) -> mail.subject().contains(subjectWord)).toList();
		if (mails.isEmpty()) {
			throw new AssertionError("No mail about '" + subjectWord + "' was sent");
		}
		return mails.get(mails.size() - 1).token().orElseThrow(() -> new AssertionError("The mail has no token"));
	}

	private static Mail read(Path file) {
		try (InputStream input = Files.newInputStream(file)) {
			MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), input);
			return new Mail(message.getRecipients(Message.RecipientType.TO)[0].toString(), message.getSubject(),
					message.getContent().toString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (MessagingException ex) {
			throw new IllegalStateException("Unreadable mail " + file, ex);
		}
	}

	/** One sent message. */
	public record Mail(String to, String subject, String body) {

		public Optional<String> token() {
			Matcher matcher = TOKEN.matcher(body);
			return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
		}

	}

}
