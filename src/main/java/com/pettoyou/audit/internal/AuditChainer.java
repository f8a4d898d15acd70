package com.pettoyou.audit.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Links committed audit events into {@code audit_chain}. Each run takes a
 * transaction-scoped PostgreSQL advisory lock, so at most one instance chains at a time
 * and the sequence stays gap-free, then reads unchained events ordered by
 * {@code (occurred_at, id)} and inserts their links in one short transaction per batch.
 * An event whose transaction commits after a run started is linked by a later run, so the
 * chain order is the order in which the chainer saw events, not strictly their time
 * order.
 */
class AuditChainer {

	/** Advisory lock key that only audit chaining uses, an arbitrary fixed value. */
	static final long LOCK_KEY = 0x5ad1_7c4a_1e3b_9f02L;

	private static final Logger log = LoggerFactory.getLogger(AuditChainer.class);

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final int batchSize;

	AuditChainer(JdbcClient jdbc, TransactionTemplate transactions, Clock clock, int batchSize) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
		this.batchSize = batchSize;
	}

	/**
	 * Links every event that was committed and unchained when the run started.
	 * @param waitForLock whether to wait while another session chains, rather than skip
	 * @return the number of events linked, or {@code -1} if another session held the lock
	 * and this call did not wait
	 */
	int chainPending(boolean waitForLock) {
		int total = 0;
		while (true) {
			Integer linked = this.transactions.execute((status) -> chainBatch(waitForLock));
			if (linked == null || linked < 0) {
				return (total > 0) ? total : -1;
			}
			total += linked;
			if (linked < this.batchSize) {
				return total;
			}
		}
	}

	private boolean tryLock() {
		Boolean locked = this.jdbc.sql("SELECT pg_try_advisory_xact_lock(:key)")
			.param("key", LOCK_KEY)
			.query(Boolean.class)
			.single();
		return Boolean.TRUE.equals(locked);
	}

	/** Returns the newest link, or empty while the chain is empty. */
	Optional<ChainLink> head() {
		return this.jdbc.sql("SELECT sequence, previous_hash, hash FROM audit_chain ORDER BY sequence DESC LIMIT 1")
			.query((row, n) -> new ChainLink(row.getLong("sequence"), row.getBytes("previous_hash"),
					row.getBytes("hash")))
			.optional();
	}

	private int chainBatch(boolean waitForLock) {
		if (waitForLock) {
			this.jdbc.sql("SELECT pg_advisory_xact_lock(:key)").param("key", LOCK_KEY).query().singleRow();
		}
		else if (!tryLock()) {
			log.debug("Another session is chaining audit events, so this run skips");
			return -1;
		}
		List<StoredAuditEvent> pending = this.jdbc.sql("SELECT " + StoredAuditEvent.COLUMNS + """
				 FROM audit_event e
				WHERE NOT EXISTS (SELECT 1 FROM audit_chain c WHERE c.event_id = e.id)
				ORDER BY e.occurred_at, e.id
				LIMIT :limit""").param("limit", this.batchSize).query(StoredAuditEvent::map).list();
		if (pending.isEmpty()) {
			return 0;
		}
		Optional<ChainLink> head = head();
		long sequence = head.map(ChainLink::sequence).orElse(0L);
		byte[] previous = head.map(ChainLink::hash).orElse(ChainHashes.GENESIS);
		OffsetDateTime now = OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC);
		LinkHasher hasher = new LinkHasher();
		for (StoredAuditEvent event : pending) {
			sequence++;
			byte[] hash = ChainHashes.write(hasher, sequence, event).hash(previous);
			this.jdbc.sql("""
					INSERT INTO audit_chain (sequence, event_id, previous_hash, hash, chained_at)
					VALUES (:sequence, :eventId, :previousHash, :hash, :chainedAt)""")
				.param("sequence", sequence)
				.param("eventId", event.id())
				.param("previousHash", previous)
				.param("hash", hash)
				.param("chainedAt", now)
				.update();
			previous = hash;
		}
		log.debug("Chained {} audit events up to sequence {}", pending.size(), sequence);
		return pending.size();
	}

}
