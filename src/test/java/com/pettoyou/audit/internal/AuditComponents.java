package com.pettoyou.audit.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

import javax.sql.DataSource;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.pettoyou.audit.AuditLog;

/**
 * The audit writer, chainer and verifier wired by hand on one data source, for code
 * outside this package such as the benchmark.
 */
public final class AuditComponents {

	private final AuditLog auditLog;

	private final AuditChainer chainer;

	private final AuditChain chain;

	/**
	 * Wires the components.
	 * @param checkpointDirectory folder for checkpoint files
	 * @param signingKey 32-byte Ed25519 private key (seed)
	 */
	public AuditComponents(DataSource dataSource, Clock clock, Path checkpointDirectory, byte[] signingKey,
			ApplicationEventPublisher events) {
		JdbcClient jdbc = JdbcClient.create(dataSource);
		CheckpointStore checkpoints = new CheckpointStore(checkpointDirectory, signingKey);
		this.auditLog = new JdbcAuditLog(jdbc, clock);
		DataSourceTransactionManager transactionManager = new DataSourceTransactionManager(dataSource);
		this.chainer = new AuditChainer(jdbc, new TransactionTemplate(transactionManager), clock, 500);
		AuditChainVerifier verifier = new AuditChainVerifier(new ChainWalker(dataSource, transactionManager),
				checkpoints, 10, events, clock);
		this.chain = new AuditChain(this.chainer, verifier, checkpoints, Duration.ofMinutes(1), clock);
	}

	public AuditLog auditLog() {
		return this.auditLog;
	}

	/**
	 * Runs one scheduled-style chaining pass that skips if another session holds the
	 * lock.
	 */
	public int chainOnce() {
		return this.chainer.chainPending(false);
	}

	/** Links every pending event, waiting for the lock, and writes a checkpoint. */
	public int chainNow() {
		return this.chain.chainNow();
	}

	/**
	 * Verifies the chain and returns the number of verified events.
	 * @throws IllegalStateException if the chain is broken
	 */
	public long verify() {
		ChainVerification result = this.chain.verify();
		if (result.status() != ChainVerification.Status.VALID) {
			throw new IllegalStateException("Audit chain verification failed: " + result);
		}
		return result.verifiedEvents();
	}

}
