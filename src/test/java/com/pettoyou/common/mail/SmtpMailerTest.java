package com.pettoyou.common.mail;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Properties;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@ExtendWith(OutputCaptureExtension.class)
class SmtpMailerTest {

	private static final String LOOPBACK = "127.0.0.1";

	@RegisterExtension
	static final GreenMailExtension smtpServer = new GreenMailExtension(
			new ServerSetup(0, LOOPBACK, ServerSetup.PROTOCOL_SMTP).dynamicPort());

	private static final OutgoingMail MAIL = new OutgoingMail("owner@example.com", "Verify your email",
			"Your code is 493021.\n");

	@Test
	void deliversMessageToSmtpServer() throws Exception {
		mailer(smtpServer.getSmtp().getPort()).send(MAIL);
		MimeMessage[] received = smtpServer.getReceivedMessages();
		assertThat(received).hasSize(1);
		MimeMessage message = received[0];
		assertThat(message.getSubject()).isEqualTo("Verify your email");
		assertThat(message.getRecipients(Message.RecipientType.TO))
			.containsExactly(new InternetAddress("owner@example.com"));
		assertThat(message.getFrom()).containsExactly(new InternetAddress(MailProperties.DEFAULT_FROM));
		assertThat(((String) message.getContent()).strip()).isEqualTo("Your code is 493021.");
		assertThat(message.getMessageID()).matches("<[0-9a-f-]{36}@pettoyou\\.local>");
	}

	@Test
	void connectionFailureRaisesDeliveryException(CapturedOutput output) throws Exception {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(LOOPBACK))) {
			closedPort = socket.getLocalPort();
		}
		SmtpMailer mailer = mailer(closedPort);
		assertThatExceptionOfType(MailDeliveryException.class).isThrownBy(() -> mailer.send(MAIL))
			.withMessageContaining("SMTP")
			.withMessageNotContaining("owner@example.com")
			.withNoCause();
		assertThat(output).contains("Sending OutgoingMail[to=<redacted>");
		assertThat(output).doesNotContain("owner@example.com");
		assertThat(output).doesNotContain("493021");
	}

	private static SmtpMailer mailer(int port) throws Exception {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost(LOOPBACK);
		sender.setPort(port);
		Properties properties = new Properties();
		properties.setProperty("mail.smtp.localhost", "localhost");
		properties.setProperty("mail.smtp.connectiontimeout", "5000");
		properties.setProperty("mail.smtp.timeout", "5000");
		sender.setJavaMailProperties(properties);
		return new SmtpMailer(sender, new InternetAddress(MailProperties.DEFAULT_FROM),
				Clock.fixed(Instant.parse("2026-03-01T09:15:30Z"), ZoneOffset.UTC));
	}

}
