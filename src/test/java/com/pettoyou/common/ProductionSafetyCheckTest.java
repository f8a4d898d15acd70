package com.pettoyou.common;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.mock.env.MockEnvironment;

import com.pettoyou.PetToYouApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProductionSafetyCheckTest {

	private static final SecureRandom RANDOM = new SecureRandom();

	@Test
	void strongDistinctSecretsPass() {
		assertThat(ProductionSafetyCheck.problems(aProductionEnvironment())).isEmpty();
	}

	@Test
	void missingSigningKeyIsReported() {
		MockEnvironment without = aProductionEnvironment();
		without.setProperty("pettoyou.tokens.signing-keys", "");

		assertThat(ProductionSafetyCheck.problems(without)).contains("pettoyou.tokens.signing-keys is missing");
	}

	@Test
	void missingDatabaseUrlIsReported() {
		MockEnvironment environment = aProductionEnvironment();
		environment.setProperty("spring.datasource.url", "");

		assertThat(ProductionSafetyCheck.problems(environment)).contains("spring.datasource.url is missing");
	}

	@Test
	void missingCheckpointKeyIsReported() {
		MockEnvironment environment = aProductionEnvironment();
		environment.setProperty("pettoyou.audit.checkpoint-signing-key", "");

		assertThat(ProductionSafetyCheck.problems(environment))
			.contains("pettoyou.audit.checkpoint-signing-key is missing");
	}

	@Test
	void missingWebhookSecretIsReported() {
		MockEnvironment environment = aProductionEnvironment();
		environment.setProperty("pettoyou.payments.webhook-secret", "");

		assertThat(ProductionSafetyCheck.problems(environment)).contains("pettoyou.payments.webhook-secret is missing");
	}

	@Test
	void shortAlertWebhookSecretIsReported() {
		MockEnvironment environment = aProductionEnvironment();
		environment.setProperty("pettoyou.monitoring.webhook.url", "https://hooks.example.test/alerts");
		environment.setProperty("pettoyou.monitoring.webhook.secret", randomKey(31));

		assertThat(ProductionSafetyCheck.problems(environment))
			.contains("pettoyou.monitoring.webhook.secret is shorter than 32 bytes");
	}

	@Test
	void alertWebhookSecretIsNeededOnlyWithUrl() {
		MockEnvironment withUrl = aProductionEnvironment();
		withUrl.setProperty("pettoyou.monitoring.webhook.url", "https://hooks.example.test/alerts");

		assertThat(ProductionSafetyCheck.problems(withUrl)).contains("pettoyou.monitoring.webhook.secret is missing");
		assertThat(ProductionSafetyCheck.problems(aProductionEnvironment())).isEmpty();
	}

	@Test
	void shortSigningKeyIsReported() {
		MockEnvironment environment = aProductionEnvironment();
		environment.setProperty("pettoyou.tokens.signing-keys", "k1:" + randomKey(31));

		assertThat(ProductionSafetyCheck.problems(environment))
			.contains("pettoyou.tokens.signing-keys[k1] is shorter than 32 bytes");
	}

	@Test
	void allZeroKeyIsReported() {
		MockEnvironment environment = aProductionEnvironment();
		environment.setProperty("pettoyou.crypto.master-key", Base64.getEncoder().encodeToString(new byte[32]));

		assertThat(ProductionSafetyCheck.problems(environment))
			.contains("pettoyou.crypto.master-key is a known default or has too little variety");
	}

	@Test
	void defaultPasswordIsReported() {
		MockEnvironment environment = aProductionEnvironment();
		environment.setProperty("spring.datasource.password", "changeme-changeme-changeme");

		assertThat(ProductionSafetyCheck.problems(environment))
			.contains("spring.datasource.password is a known default");
	}

	@Test
	void reusedKeyIsReported() {
		MockEnvironment environment = aProductionEnvironment();
		String key = randomKey(32);
		environment.setProperty("pettoyou.crypto.master-key", key);
		environment.setProperty("pettoyou.tokens.signing-keys", "k1:" + key);

		assertThat(ProductionSafetyCheck.problems(environment)).anyMatch((problem) -> problem
			.equals("pettoyou.crypto.master-key and pettoyou.tokens.signing-keys[k1] hold the same secret;"
					+ " each purpose needs its own"));
	}

	@Test
	void developmentSettingsAreReported() {
		MockEnvironment environment = aProductionEnvironment();
		environment.setProperty("pettoyou.dev.clock-enabled", "true");
		environment.setProperty("springdoc.api-docs.enabled", "true");
		environment.setProperty("pettoyou.mail.outbox", "/tmp/outbox");
		environment.setProperty("logging.level.root", "debug");
		environment.setProperty("spring.jpa.hibernate.ddl-auto", "update");
		environment.setActiveProfiles("prod", "local");

		List<String> problems = ProductionSafetyCheck.problems(environment);

		assertThat(problems).contains("pettoyou.dev.clock-enabled is a development setting and must be false");
		assertThat(problems).contains("springdoc.api-docs.enabled is a development setting and must be false");
		assertThat(problems).contains("pettoyou.mail.outbox is a development setting and must not be set");
		assertThat(problems).contains("logging.level.root is debug; debug logging may write personal data");
		assertThat(problems).contains("the local profile is active together with prod");
		assertThat(problems).contains("spring.jpa.hibernate.ddl-auto is update; only none or validate are allowed");
	}

	@Test
	void problemsNeverContainSecretValues() {
		MockEnvironment environment = aProductionEnvironment();
		environment.setProperty("spring.datasource.password", "short-secret");

		assertThat(String.join(" ", ProductionSafetyCheck.problems(environment))).doesNotContain("short-secret");
	}

	@Test
	void prodStartWithWeakKeyFails() {
		SpringApplicationBuilder application = new SpringApplicationBuilder(PetToYouApplication.class).profiles("prod")
			.properties("PETTOYOU_DB_URL=jdbc:postgresql://127.0.0.1:1/none", "PETTOYOU_DB_PASSWORD=short",
					"PETTOYOU_DB_MIGRATION_PASSWORD=short", "PETTOYOU_REDIS_URL=redis://127.0.0.1:1",
					"PETTOYOU_SMTP_HOST=127.0.0.1", "PETTOYOU_MASTER_KEY=" + randomKey(16),
					"PETTOYOU_TOKEN_SIGNING_KEYS=k1:" + randomKey(32), "PETTOYOU_TOKEN_ACTIVE_KEY_ID=k1",
					"PETTOYOU_CSRF_KEY=" + randomKey(32), "PETTOYOU_PUBLIC_BASE_URL=https://app.example");

		assertThatThrownBy(application::run).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("pettoyou.crypto.master-key is shorter than 32 bytes")
			.hasMessageContaining("spring.datasource.password is shorter than 16 characters");
	}

	static MockEnvironment aProductionEnvironment() {
		MockEnvironment environment = new MockEnvironment();
		environment.setActiveProfiles("prod");
		environment.setProperty("pettoyou.crypto.master-key", randomKey(32));
		environment.setProperty("pettoyou.tokens.csrf-key", randomKey(32));
		environment.setProperty("pettoyou.audit.checkpoint-signing-key", randomKey(32));
		environment.setProperty("pettoyou.payments.webhook-secret", randomKey(32));
		environment.setProperty("pettoyou.tokens.signing-keys", "k1:" + randomKey(32) + ",k2:" + randomKey(48));
		environment.setProperty("spring.datasource.password", "Xq7-vR2p-9LmZ-tB4w");
		environment.setProperty("spring.flyway.password", "Hd3-Kp8s-Wn5q-Yc2r");
		environment.setProperty("spring.data.redis.url", "redis://:Gz6-Ub1v-Rt9e-Jm4k@redis.internal:6379");
		environment.setProperty("pettoyou.links.base-url", "https://app.pettoyou.example");
		environment.setProperty("spring.datasource.url", "jdbc:postgresql://db.internal:5432/pettoyou");
		environment.setProperty("spring.mail.host", "smtp.internal");
		environment.setProperty("pettoyou.tokens.active-key-id", "k1");
		environment.setProperty("pettoyou.audit.checkpoint-directory", "/var/lib/pettoyou/checkpoints");
		environment.setProperty("pettoyou.documents.directory", "/var/lib/pettoyou/documents");
		return environment;
	}

	static String randomKey(int bytes) {
		byte[] key = new byte[bytes];
		RANDOM.nextBytes(key);
		return Base64.getEncoder().encodeToString(key);
	}

}
