package com.pettoyou.common.mail;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Properties;
import java.util.UUID;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link Mailer} that writes each message as one RFC 822 {@code .eml} file into a
 * directory instead of sending it, for local development and tests. Files are named
 * {@code <UTC time yyyyMMdd'T'HHmmss.SSS'Z'>-<random UUID>.eml}, so names are unique and
 * sort by creation time. Each file is written under a {@code .tmp} name and then moved
 * into place atomically, so a reader never sees a partly written message. Instances are
 * thread-safe.
 */
public class OutboxMailer implements Mailer {

	private static final Logger logger = LoggerFactory.getLogger(OutboxMailer.class);

	private static final DateTimeFormatter FILE_TIMESTAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'")
		.withZone(ZoneOffset.UTC);

	private final Path directory;

	private final InternetAddress from;

	private final Clock clock;

	private final Session session = Session.getInstance(new Properties());

	/**
	 * Creates the mailer and the directory with any missing parents.
	 * @param directory the outbox directory
	 * @param from the sender address
	 * @param clock the clock for the file name and the Date header
	 * @throws UncheckedIOException if the directory cannot be created
	 */
	public OutboxMailer(Path directory, InternetAddress from, Clock clock) {
		this.directory = Objects.requireNonNull(directory, "directory");
		this.from = Objects.requireNonNull(from, "from");
		this.clock = Objects.requireNonNull(clock, "clock");
		try {
			Files.createDirectories(directory);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Creating mail outbox directory " + directory + " failed", ex);
		}
	}

	/**
	 * Writes the message to a new file in the outbox directory.
	 * @throws MailDeliveryException if building or writing the file fails
	 */
	@Override
	public void send(OutgoingMail mail) {
		Instant now = this.clock.instant();
		Path target = this.directory.resolve(FILE_TIMESTAMP.format(now) + "-" + UUID.randomUUID() + ".eml");
		try {
			MimeMessage message = MimeMessages.create(this.session);
			MimeMessages.fill(message, this.from, mail, now);
			writeAtomically(message, target);
		}
		catch (IOException ex) {
			// File system messages name only paths, so they are safe to show.
			throw deliveryFailure(mail, MailFailures.describe(ex) + ": " + ex.getMessage());
		}
		catch (MessagingException ex) {
			throw deliveryFailure(mail, MailFailures.describe(ex));
		}
	}

	/**
	 * Returns the directory messages are written to.
	 * @return the outbox directory
	 */
	public Path directory() {
		return this.directory;
	}

	private MailDeliveryException deliveryFailure(OutgoingMail mail, String failure) {
		logger.warn("Writing {} to outbox {} failed: {}", mail, this.directory, failure);
		return new MailDeliveryException("Writing mail to outbox " + this.directory + " failed: " + failure);
	}

	private void writeAtomically(MimeMessage message, Path target) throws IOException, MessagingException {
		Path temp = Files.createTempFile(this.directory, ".outbox-", ".tmp");
		try {
			try (OutputStream out = Files.newOutputStream(temp)) {
				message.writeTo(out);
			}
			Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
		}
		finally {
			Files.deleteIfExists(temp);
		}
	}

}
