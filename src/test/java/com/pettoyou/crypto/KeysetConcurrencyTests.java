package com.pettoyou.crypto;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.google.crypto.tink.Aead;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.pettoyou.crypto.internal.KeyPurpose;
import com.pettoyou.crypto.internal.KeysetLoader;
import com.pettoyou.crypto.internal.KeysetRepository;
import com.pettoyou.crypto.internal.Keysets;
import com.pettoyou.crypto.internal.MasterKey;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keyset bootstrap by several instances at once against one empty PostgreSQL database,
 * each connected as the application role.
 */
class KeysetConcurrencyTests {

	private static final int INSTANCES = 4;

	private final String masterKey = TestKeys.randomMasterKey(32);

	@Test
	void concurrentStartsAgreeOnKeysets() throws Exception {
		try (FreshDatabase database = FreshDatabase.create()) {
			database.migrate();
			List<Keysets> loaded = startConcurrently(database.appDataSource());

			for (KeyPurpose purpose : KeyPurpose.values()) {
				assertThat(loaded).as("primary key ids of %s", purpose)
					.extracting((keysets) -> keysets.handle(purpose).getPrimary().getId())
					.containsOnly(loaded.get(0).handle(purpose).getPrimary().getId());
			}
			assertThat(rowCount(database.appDataSource())).isEqualTo(2L);
			assertDecryptsAcrossInstances(loaded.get(0), loaded.get(INSTANCES - 1));
		}
	}

	@Test
	void insertIfAbsentKeepsFirstKeyset() throws Exception {
		try (FreshDatabase database = FreshDatabase.create()) {
			database.migrate();
			KeysetRepository repository = new KeysetRepository(JdbcClient.create(database.appDataSource()));
			byte[] first = { 1, 2, 3 };
			byte[] second = { 4, 5, 6 };

			assertThat(repository.insertIfAbsent(KeyPurpose.BLIND_INDEX, first, Instant.now())).isTrue();
			assertThat(repository.insertIfAbsent(KeyPurpose.BLIND_INDEX, second, Instant.now())).isFalse();
			assertThat(repository.find(KeyPurpose.BLIND_INDEX))
				.hasValueSatisfying((stored) -> assertThat(stored).isEqualTo(first));
			assertThat(repository.find(KeyPurpose.FIELD_ENCRYPTION)).isEmpty();
		}
	}

	private List<Keysets> startConcurrently(DataSource dataSource) throws Exception {
		CyclicBarrier start = new CyclicBarrier(INSTANCES);
		ExecutorService executor = Executors.newFixedThreadPool(INSTANCES);
		try {
			List<Future<Keysets>> futures = new ArrayList<>();
			for (int i = 0; i < INSTANCES; i++) {
				futures.add(executor.submit(() -> {
					KeysetLoader loader = loader(dataSource);
					start.await(30, TimeUnit.SECONDS);
					return loader.loadAll();
				}));
			}
			List<Keysets> loaded = new ArrayList<>();
			for (Future<Keysets> future : futures) {
				loaded.add(future.get(60, TimeUnit.SECONDS));
			}
			return loaded;
		}
		finally {
			executor.shutdownNow();
		}
	}

	private KeysetLoader loader(DataSource dataSource) {
		Aead master = MasterKey.aead(CryptoProperties.decodeMasterKey(this.masterKey));
		return new KeysetLoader(new KeysetRepository(JdbcClient.create(dataSource)), master, Clock.systemUTC());
	}

	private static long rowCount(DataSource dataSource) {
		return JdbcClient.create(dataSource).sql("SELECT count(*) FROM crypto_keyset").query(Long.class).single();
	}

	private static void assertDecryptsAcrossInstances(Keysets first, Keysets last) {
		FieldEncryptor writer = new FieldEncryptor(first.primitive(KeyPurpose.FIELD_ENCRYPTION, Aead.class));
		FieldEncryptor reader = new FieldEncryptor(last.primitive(KeyPurpose.FIELD_ENCRYPTION, Aead.class));
		AssociatedData binding = new AssociatedData("account", "email_encrypted", UUID.randomUUID());

		EncryptedValue value = writer.encrypt("owner@example.com", binding);

		assertThat(reader.decrypt(value, binding)).isEqualTo("owner@example.com");
	}

}
