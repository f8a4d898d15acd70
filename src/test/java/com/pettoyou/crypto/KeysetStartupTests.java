package com.pettoyou.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.aead.AesGcmKey;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.pettoyou.crypto.internal.KeyPurpose;
import com.pettoyou.crypto.internal.Keysets;
import com.pettoyou.crypto.internal.MasterKey;
import com.pettoyou.crypto.internal.TinkRegistration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Starts the crypto configuration with Flyway and JDBC against an empty PostgreSQL
 * database, connected as the application role, the way the application starts.
 */
class KeysetStartupTests {

	private static final String CANARY = "CANARY-startup-9b27-owner@example.com";

	private final String masterKey = TestKeys.randomMasterKey(32);

	private FreshDatabase database;

	@BeforeEach
	void createDatabase() throws SQLException {
		this.database = FreshDatabase.create();
	}

	@AfterEach
	void dropDatabase() throws SQLException {
		this.database.close();
	}

	@Test
	void startupStoresOneKeysetPerPurpose() {
		application(this.masterKey).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(storedPurposes()).containsExactly("BLIND_INDEX", "FIELD_ENCRYPTION");
			assertThat(jdbc().sql("SELECT count(*) FROM crypto_keyset WHERE created_at = updated_at")
				.query(Long.class)
				.single()).isEqualTo(2L);
		});
	}

	@Test
	void storedKeysetsDifferFromEachOther() {
		application(this.masterKey).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(stored(KeyPurpose.FIELD_ENCRYPTION)).isNotEqualTo(stored(KeyPurpose.BLIND_INDEX));
		});
	}

	@Test
	void storedKeysetsDecryptUnderMasterKey() {
		application(this.masterKey).run((context) -> {
			Keysets keysets = context.getBean(Keysets.class);
			for (KeyPurpose purpose : KeyPurpose.values()) {
				KeysetHandle parsed = parse(stored(purpose), this.masterKey, purpose.name());
				assertThat(parsed.getPrimary().getId()).isEqualTo(keysets.handle(purpose).getPrimary().getId());
			}
		});
	}

	@Test
	void otherMasterKeyCannotDecryptKeysets() {
		String otherMasterKey = TestKeys.randomMasterKey(32);
		application(this.masterKey).run((context) -> {
			for (KeyPurpose purpose : KeyPurpose.values()) {
				byte[] stored = stored(purpose);
				assertThatExceptionOfType(GeneralSecurityException.class).as("keyset %s", purpose)
					.isThrownBy(() -> parse(stored, otherMasterKey, purpose.name()));
			}
		});
	}

	@Test
	void storedKeysetDoesNotDecryptAsAnotherPurpose() {
		application(this.masterKey).run((context) -> {
			byte[] stored = stored(KeyPurpose.FIELD_ENCRYPTION);
			assertThatExceptionOfType(GeneralSecurityException.class)
				.isThrownBy(() -> parse(stored, this.masterKey, KeyPurpose.BLIND_INDEX.name()));
		});
	}

	@Test
	void storedKeysetDoesNotContainKeyBytes() {
		application(this.masterKey).run((context) -> {
			AesGcmKey key = (AesGcmKey) context.getBean(Keysets.class)
				.handle(KeyPurpose.FIELD_ENCRYPTION)
				.getPrimary()
				.getKey();
			byte[] keyBytes = key.getKeyBytes().toByteArray(InsecureSecretKeyAccess.get());
			assertThat(Bytes.indexOf(stored(KeyPurpose.FIELD_ENCRYPTION), keyBytes)).isEqualTo(-1);
		});
	}

	@Test
	void encryptedValueNamesPrimaryKeyOfStoredKeyset() {
		AssociatedData binding = new AssociatedData("account", "email_encrypted", UUID.randomUUID());
		application(this.masterKey).run((context) -> {
			EncryptedValue value = context.getBean(FieldEncryptor.class).encrypt(CANARY, binding);
			KeysetHandle stored = parse(stored(KeyPurpose.FIELD_ENCRYPTION), this.masterKey,
					KeyPurpose.FIELD_ENCRYPTION.name());
			assertThat(value.keyId()).isEqualTo(Integer.toUnsignedLong(stored.getPrimary().getId()));
		});
	}

	@Test
	void secondStartLoadsSameKeysets() {
		AssociatedData binding = new AssociatedData("account", "email_encrypted", UUID.randomUUID());
		EncryptedValue[] firstValue = new EncryptedValue[1];
		byte[][] firstIndex = new byte[1][];
		byte[][] firstKeyset = new byte[1][];
		application(this.masterKey).run((context) -> {
			firstValue[0] = context.getBean(FieldEncryptor.class).encrypt(CANARY, binding);
			firstIndex[0] = context.getBean(BlindIndexer.class).index("email", "owner@example.com");
			firstKeyset[0] = stored(KeyPurpose.FIELD_ENCRYPTION);
		});

		application(this.masterKey).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBean(FieldEncryptor.class).decrypt(firstValue[0], binding)).isEqualTo(CANARY);
			assertThat(context.getBean(BlindIndexer.class).index("email", "owner@example.com"))
				.isEqualTo(firstIndex[0]);
			assertThat(stored(KeyPurpose.FIELD_ENCRYPTION)).isEqualTo(firstKeyset[0]);
			assertThat(storedPurposes()).hasSize(2);
		});
	}

	@Test
	void wrongMasterKeyStopsStartup() {
		application(this.masterKey).run((context) -> assertThat(context).hasNotFailed());
		String wrongMasterKey = TestKeys.randomMasterKey(32);

		application(wrongMasterKey).run((context) -> {
			assertThat(context).hasFailed();
			String messages = failureMessages(context.getStartupFailure());
			assertThat(messages).contains("IllegalStateException: Keyset FIELD_ENCRYPTION in table crypto_keyset "
					+ "does not decrypt: the master key (pettoyou.crypto.master-key) does not match the stored keysets");
			assertThat(messages).doesNotContain(wrongMasterKey);
			assertThat(messages).doesNotContain(this.masterKey);
		});
	}

	@Test
	void masterKeyOf16BytesStopsStartup() {
		String shortKey = TestKeys.randomMasterKey(16);

		application(shortKey).run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.hasMessageContaining("pettoyou.crypto.master-key")
				.hasMessageContaining("exactly 32 bytes")
				.hasMessageContaining("decodes to 16 bytes");
			assertThat(failureMessages(context.getStartupFailure())).doesNotContain(shortKey);
		});
		assertThat(storedPurposes()).isEmpty();
	}

	@Test
	void missingMasterKeyStopsStartup() {
		application("").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.hasMessageContaining("pettoyou.crypto.master-key is missing");
		});
	}

	private ApplicationContextRunner application(String masterKey) {
		return new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, FlywayAutoConfiguration.class,
					JdbcTemplateAutoConfiguration.class, JdbcClientAutoConfiguration.class))
			.withUserConfiguration(CryptoConfiguration.class)
			.withBean(Clock.class, Clock::systemUTC)
			.withPropertyValues(this.database.springProperties())
			.withPropertyValues(CryptoProperties.MASTER_KEY_PROPERTY + "=" + masterKey);
	}

	private JdbcClient jdbc() {
		return JdbcClient.create(this.database.appDataSource());
	}

	private List<String> storedPurposes() {
		return jdbc().sql("SELECT purpose FROM crypto_keyset ORDER BY purpose").query(String.class).list();
	}

	private byte[] stored(KeyPurpose purpose) {
		return jdbc().sql("SELECT encrypted_keyset FROM crypto_keyset WHERE purpose = ?")
			.param(purpose.name())
			.query(byte[].class)
			.single();
	}

	private static KeysetHandle parse(byte[] stored, String masterKey, String associatedData)
			throws GeneralSecurityException {
		Aead master = MasterKey.aead(CryptoProperties.decodeMasterKey(masterKey));
		return TinkProtoKeysetFormat.parseEncryptedKeyset(stored, master,
				associatedData.getBytes(StandardCharsets.UTF_8), TinkRegistration.configuration());
	}

	private static String failureMessages(Throwable failure) {
		StringBuilder messages = new StringBuilder();
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			messages.append(cause).append('\n');
		}
		return messages.toString();
	}

}
