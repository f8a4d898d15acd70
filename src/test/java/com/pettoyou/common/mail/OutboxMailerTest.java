package com.pettoyou.common.mail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class OutboxMailerTest {

	private static final Instant NOW = Instant.parse("2026-03-01T09:15:30.123Z");

	private static final OutgoingMail MAIL = new OutgoingMail("owner@example.com", "Reset your password",
			"Open https://pettoyou.local/reset?token=abc123 within 30 minutes.\n");

	@TempDir
	Path tempDir;

	private OutboxMailer mailer(Path directory) throws Exception {
		return new OutboxMailer(directory, new InternetAddress(MailProperties.DEFAULT_FROM),
				Clock.fixed(NOW, ZoneOffset.UTC));
	}

	@Test
	void writesOneParseableEmlFile() throws Exception {
		mailer(this.tempDir).send(MAIL);
		List<Path> files = listFiles(this.tempDir);
		assertThat(files).hasSize(1);
		assertThat(files.get(0).getFileName().toString())
			.matches("20260301T091530\\.123Z-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\.eml");
		MimeMessage message = parse(files.get(0));
		assertThat(message.getSubject()).isEqualTo("Reset your password");
		assertThat(message.getRecipients(Message.RecipientType.TO))
			.containsExactly(new InternetAddress("owner@example.com"));
		assertThat(message.getFrom()).containsExactly(new InternetAddress(MailProperties.DEFAULT_FROM));
		assertThat(message.getContent()).isEqualTo(MAIL.textBody());
		assertThat(message.getContentType()).startsWith("text/plain").containsIgnoringCase("charset=UTF-8");
		assertThat(message.getSentDate().toInstant()).isEqualTo(Instant.parse("2026-03-01T09:15:30Z"));
		assertThat(message.getMessageID()).matches("<[0-9a-f-]{36}@pettoyou\\.local>");
	}

	@Test
	void nonAsciiSubjectAndBodyRoundTrip() throws Exception {
		OutgoingMail mail = new OutgoingMail("owner@example.com", "비밀번호 재설정", "안녕하세요, 나비 보호자님.\n");
		mailer(this.tempDir).send(mail);
		MimeMessage message = parse(listFiles(this.tempDir).get(0));
		assertThat(message.getSubject()).isEqualTo("비밀번호 재설정");
		assertThat(message.getContent()).isEqualTo("안녕하세요, 나비 보호자님.\n");
	}

	@Test
	void noTemporaryFileLeftBehind() throws Exception {
		OutboxMailer mailer = mailer(this.tempDir);
		mailer.send(MAIL);
		mailer.send(MAIL);
		try (Stream<Path> all = Files.list(this.tempDir)) {
			assertThat(all.map((path) -> path.getFileName().toString())).allMatch((name) -> name.endsWith(".eml"))
				.hasSize(2);
		}
	}

	@Test
	void concurrentSendsGetUniqueFiles() throws Exception {
		OutboxMailer mailer = mailer(this.tempDir);
		ExecutorService executor = Executors.newFixedThreadPool(5);
		try {
			List<Future<?>> results = new ArrayList<>();
			for (int i = 0; i < 50; i++) {
				OutgoingMail mail = new OutgoingMail("owner" + i + "@example.com", "Message " + i, "Body " + i);
				results.add(executor.submit(() -> mailer.send(mail)));
			}
			for (Future<?> result : results) {
				result.get();
			}
		}
		finally {
			executor.shutdown();
		}
		List<Path> files = listFiles(this.tempDir);
		assertThat(files).hasSize(50);
		List<String> subjects = new ArrayList<>();
		for (Path file : files) {
			subjects.add(parse(file).getSubject());
		}
		assertThat(subjects).doesNotHaveDuplicates().hasSize(50);
	}

	@Test
	void missingDirectoryCreated() throws Exception {
		Path nested = this.tempDir.resolve("a/b/outbox");
		mailer(nested).send(MAIL);
		assertThat(listFiles(nested)).hasSize(1);
	}

	@Test
	void writeFailureRaisesDeliveryException() throws Exception {
		Path outbox = this.tempDir.resolve("outbox");
		OutboxMailer mailer = mailer(outbox);
		Files.delete(outbox);
		Files.writeString(outbox, "not a directory");
		assertThatExceptionOfType(MailDeliveryException.class).isThrownBy(() -> mailer.send(MAIL))
			.withMessageContaining("outbox")
			.withMessageNotContaining("owner@example.com");
	}

	private static List<Path> listFiles(Path directory) throws IOException {
		try (Stream<Path> files = Files.list(directory)) {
			return files.filter((path) -> path.toString().endsWith(".eml")).sorted().toList();
		}
	}

	private static MimeMessage parse(Path file) throws Exception {
		try (InputStream in = Files.newInputStream(file)) {
			return new MimeMessage(Session.getInstance(new Properties()), in);
		}
	}

}
