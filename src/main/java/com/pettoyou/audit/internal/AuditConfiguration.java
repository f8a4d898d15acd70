package com.pettoyou.audit.internal;

import java.time.Clock;
import java.util.Arrays;
import java.util.Base64;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Wires the chainer, the checkpoint store, the verifier and the event search. Without
 * {@code pettoyou.audit.checkpoint-signing-key} the chain is still built and verified,
 * but no checkpoints are written or checked, so a rewrite with recomputed hashes or a cut
 * tail goes unnoticed.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AuditProperties.class)
class AuditConfiguration {

	private static final Logger log = LoggerFactory.getLogger(AuditConfiguration.class);

	@Bean
	AuditChain auditChain(AuditProperties properties, DataSource dataSource, JdbcClient jdbc,
			PlatformTransactionManager transactionManager, ApplicationEventPublisher events, Clock clock) {
		CheckpointStore checkpoints = checkpointStore(properties);
		AuditChainer chainer = new AuditChainer(jdbc, new TransactionTemplate(transactionManager), clock,
				properties.chainBatchSize());
		AuditChainVerifier verifier = new AuditChainVerifier(new ChainWalker(dataSource, transactionManager),
				checkpoints, properties.checkpointsVerified(), events, clock);
		return new AuditChain(chainer, verifier, checkpoints, properties.checkpointInterval(), clock);
	}

	@Bean
	AuditEventQuery auditEventQuery(JdbcClient jdbc) {
		return new AuditEventQuery(jdbc);
	}

	private static CheckpointStore checkpointStore(AuditProperties properties) {
		String encoded = properties.checkpointSigningKey();
		if (encoded == null || encoded.isBlank()) {
			// The prod profile refuses to start without this key (ProductionSecrets).
			log.warn("pettoyou.audit.checkpoint-signing-key is not set, so no signed audit checkpoints are written "
					+ "or checked and a rewritten or truncated audit chain can go unnoticed");
			return null;
		}
		byte[] key;
		try {
			key = Base64.getDecoder().decode(encoded.strip());
		}
		catch (IllegalArgumentException ex) {
			// The decoder's message quotes the offending character, so it is not chained.
			throw new IllegalArgumentException("pettoyou.audit.checkpoint-signing-key is not valid standard base64");
		}
		try {
			return new CheckpointStore(properties.checkpointDirectory(), key);
		}
		finally {
			Arrays.fill(key, (byte) 0);
		}
	}

}
