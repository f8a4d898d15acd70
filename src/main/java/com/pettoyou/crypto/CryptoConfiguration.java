package com.pettoyou.crypto;

import java.time.Clock;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.prf.PrfSet;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.pettoyou.crypto.internal.KeyPurpose;
import com.pettoyou.crypto.internal.KeysetLoader;
import com.pettoyou.crypto.internal.KeysetRepository;
import com.pettoyou.crypto.internal.Keysets;
import com.pettoyou.crypto.internal.MasterKey;

/**
 * Loads the keysets at startup, after Flyway has migrated the database, and provides the
 * field encryptor, the content encryptor and the blind indexer built from them.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CryptoProperties.class)
class CryptoConfiguration {

	@Bean
	@DependsOnDatabaseInitialization
	Keysets cryptoKeysets(CryptoProperties properties, JdbcClient jdbc, Clock clock) {
		Aead masterAead = MasterKey.aead(CryptoProperties.decodeMasterKey(properties.masterKey()));
		return new KeysetLoader(new KeysetRepository(jdbc), masterAead, clock).loadAll();
	}

	@Bean
	FieldEncryptor fieldEncryptor(Keysets keysets, ApplicationEventPublisher events, Clock clock) {
		return new FieldEncryptor(keysets.primitive(KeyPurpose.FIELD_ENCRYPTION, Aead.class), events, clock);
	}

	@Bean
	ContentEncryptor contentEncryptor(Keysets keysets) {
		return new ContentEncryptor(keysets.primitive(KeyPurpose.FIELD_ENCRYPTION, Aead.class));
	}

	@Bean
	BlindIndexer blindIndexer(Keysets keysets) {
		return new BlindIndexer(keysets.primitive(KeyPurpose.BLIND_INDEX, PrfSet.class));
	}

}
