package com.pettoyou.common.mail;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

class MailConfigurationTest {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(MailSenderAutoConfiguration.class))
		.withUserConfiguration(MailConfiguration.class);

	@TempDir
	Path tempDir;

	@Test
	void outboxPropertySelectsOutboxMailer() {
		Path outbox = this.tempDir.resolve("outbox");
		this.contextRunner.withPropertyValues("pettoyou.mail.outbox=" + outbox).run((context) -> {
			assertThat(context).hasSingleBean(Mailer.class);
			assertThat(context.getBean(Mailer.class)).isInstanceOf(OutboxMailer.class);
			assertThat(((OutboxMailer) context.getBean(Mailer.class)).directory()).isEqualTo(outbox);
			assertThat(Files.isDirectory(outbox)).isTrue();
		});
	}

	@Test
	void outboxWinsOverSmtpHost() {
		this.contextRunner.withPropertyValues("pettoyou.mail.outbox=" + this.tempDir, "spring.mail.host=127.0.0.1")
			.run((context) -> assertThat(context.getBean(Mailer.class)).isInstanceOf(OutboxMailer.class));
	}

	@Test
	void smtpHostSelectsSmtpMailer() {
		this.contextRunner.withPropertyValues("spring.mail.host=127.0.0.1", "spring.mail.port=2525")
			.run((context) -> assertThat(context.getBean(Mailer.class)).isInstanceOf(SmtpMailer.class));
	}

	@Test
	void missingTransportFailsStartup() {
		this.contextRunner.run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.hasMessageContaining("pettoyou.mail.outbox")
				.hasMessageContaining("spring.mail.host");
		});
	}

	@Test
	void fromDefaultsToNoReplyAddress() {
		this.contextRunner.withPropertyValues("pettoyou.mail.outbox=" + this.tempDir)
			.run((context) -> assertThat(context.getBean(MailProperties.class).from())
				.isEqualTo("no-reply@pettoyou.local"));
	}

	@Test
	void invalidFromFailsStartup() {
		this.contextRunner.withPropertyValues("pettoyou.mail.outbox=" + this.tempDir, "pettoyou.mail.from=not valid")
			.run((context) -> {
				assertThat(context).hasFailed();
				assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("pettoyou.mail.from");
			});
	}

}
