package com.pettoyou.monitoring.channels;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
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

import com.pettoyou.common.SecurityEvent.Severity;
import com.pettoyou.common.mail.SmtpMailer;
import com.pettoyou.monitoring.SecurityAlert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;

@ExtendWith(OutputCaptureExtension.class)
class EmailChannelTest {

	private static final String LOOPBACK = "127.0.0.1";

	private static final List<String> RECIPIENTS = List.of("security@example.test", "oncall@example.test");

	@RegisterExtension
	static final GreenMailExtension smtpServer = new GreenMailExtension(
			new ServerSetup(0, LOOPBACK, ServerSetup.PROTOCOL_SMTP).dynamicPort());

	@Test
	void sendsOneMailPerRecipient() throws Exception {
		SecurityAlert alert = WebhookChannelTest.anAlert();
		EmailChannel channel = new EmailChannel(mailer(smtpServer.getSmtp().getPort()),
				new EmailAlertProperties(RECIPIENTS, Severity.CRITICAL));

		channel.deliver(alert);

		MimeMessage[] received = smtpServer.getReceivedMessages();
		assertThat(received).hasSize(2);
		assertThat(Arrays.stream(received).map(EmailChannelTest::recipient)).containsExactlyInAnyOrder(
				new InternetAddress("security@example.test"), new InternetAddress("oncall@example.test"));
		for (MimeMessage message : received) {
			assertThat(message.getSubject()).isEqualTo("[CRITICAL] Pet-to-You security alert: HIGH_VALUE_TRANSACTION");
			String body = ((String) message.getContent());
			assertThat(body).contains("Message: Payment of 6000000 won exceeds the limit");
			assertThat(body).contains("Level: CRITICAL");
			assertThat(body).contains("Category: FINANCIAL");
			assertThat(body).contains("Occurred at: 2026-03-01 09:10:00 UTC");
			assertThat(body).contains("Alert id: " + alert.id());
			assertThat(body).doesNotContain("@");
		}
	}

	@Test
	void failedSendIsLoggedNotThrown(CapturedOutput output) throws Exception {
		SecurityAlert alert = WebhookChannelTest.anAlert();
		EmailChannel channel = new EmailChannel(mailer(closedPort()),
				new EmailAlertProperties(RECIPIENTS, Severity.CRITICAL));

		assertThatNoException().isThrownBy(() -> channel.deliver(alert));

		assertThat(output).contains("Emailing alert " + alert.id() + " to recipient 1 of 2 failed");
		assertThat(output).contains("Emailing alert " + alert.id() + " to recipient 2 of 2 failed");
		assertThat(output).doesNotContain("security@example.test");
		assertThat(output).doesNotContain("oncall@example.test");
	}

	@Test
	void subjectReplacesLineBreaks() {
		SecurityAlert alert = new SecurityAlert(WebhookChannelTest.anAlert().id(), Severity.CRITICAL, "FINANCIAL",
				"RULE\r\nBcc: someone", "message", Instant.EPOCH, Instant.EPOCH, 1);

		assertThat(EmailChannel.subject(alert)).isEqualTo("[CRITICAL] Pet-to-You security alert: RULE  Bcc: someone");
	}

	@Test
	void invalidRecipientIsRejectedByIndex() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new EmailAlertProperties(List.of("security@example.test", "Ops <ops@example.test>"),
					Severity.CRITICAL))
			.withMessage("pettoyou.monitoring.email.recipients[1] is not a single valid email address");
	}

	@Test
	void propertiesToStringHidesRecipients() {
		assertThat(new EmailAlertProperties(RECIPIENTS, Severity.CRITICAL))
			.hasToString("EmailAlertProperties[recipients=2 addresses, minimumLevel=CRITICAL]");
	}

	private static InternetAddress recipient(MimeMessage message) {
		try {
			return (InternetAddress) message.getRecipients(Message.RecipientType.TO)[0];
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
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
		return new SmtpMailer(sender, new InternetAddress("alerts@pettoyou.example"),
				Clock.fixed(Instant.parse("2026-03-01T09:15:30Z"), ZoneOffset.UTC));
	}

	private static int closedPort() throws Exception {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(LOOPBACK))) {
			return socket.getLocalPort();
		}
	}

}
