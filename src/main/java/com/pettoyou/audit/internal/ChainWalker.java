package com.pettoyou.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import com.pettoyou.audit.internal.LinkChecker.StoredLink;
import com.pettoyou.audit.internal.LinkChecker.Walk;

/**
 * Reads {@code audit_chain} joined to {@code audit_event} in sequence order and feeds
 * every link to a {@link LinkChecker}.
 * <p>
 * The walk is one query in a new read-only {@code REPEATABLE READ} transaction, so it
 * reads a single snapshot even while the chainer appends. PostgreSQL's JDBC driver
 * streams a result only outside autocommit and with a fetch size, so memory stays bounded
 * by {@link #FETCH_SIZE} rows plus the queued batches, however long the chain is. Hashes
 * come as hex text, UUIDs as text and other columns as raw UTF-8, so the reading thread
 * only converts the time. A second thread hashes while this one waits for the next rows.
 */
class ChainWalker {

	/** Rows the driver fetches per round trip. */
	static final int FETCH_SIZE = 5_000;

	/**
	 * Memory PostgreSQL may use for the join and for the sort of this query, each, before
	 * it spills to temporary files. The sort took about 270 bytes per event for the
	 * benchmark's events on PostgreSQL 17, so the default 4 MB spills beyond some 15,000
	 * such events and 64 MB beyond some 240,000.
	 */
	static final String WORK_MEM = "64MB";

	// The event columns are in the canonical order of ChainHashes, from column 4 on. The
	// subquery sorts the raw columns, which are narrower than their text forms, so the
	// sort fits in WORK_MEM for more events. PostgreSQL keeps the subquery's order, so
	// the
	// outer ORDER BY costs nothing.
	private static final String QUERY = """
			SELECT l.sequence, encode(l.previous_hash, 'hex'), encode(l.hash, 'hex'), l.id::text, l.occurred_at,
			       l.actor_id::text, l.actor_role, l.action, l.resource_type, l.resource_id, l.outcome,
			       l.client_address, l.user_agent, l.correlation_id, l.purpose, l.legal_basis, l.details::text
			  FROM (SELECT c.sequence, c.previous_hash, c.hash, e.id, e.occurred_at, e.actor_id, e.actor_role,
			               e.action, e.resource_type, e.resource_id, e.outcome, e.client_address, e.user_agent,
			               e.correlation_id, e.purpose, e.legal_basis, e.details
			          FROM audit_chain c LEFT JOIN audit_event e ON e.id = c.event_id
			         ORDER BY c.sequence
			        OFFSET 0) l
			 ORDER BY l.sequence""";

	private static final int FIRST_TEXT_COLUMN = 6;

	private static final int TEXT_COLUMNS = 11;

	private static final int DETAILS_COLUMN = 17;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	ChainWalker(DataSource dataSource, PlatformTransactionManager transactionManager) {
		this.jdbc = new JdbcTemplate(dataSource);
		this.jdbc.setFetchSize(FETCH_SIZE);
		this.transactions = new TransactionTemplate(transactionManager);
		this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.transactions.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
		this.transactions.setReadOnly(true);
	}

	/**
	 * Walks the chain until the end or the first broken link.
	 * @param checkpointSequences sequences whose hashes the result must keep
	 */
	Walk walk(Set<Long> checkpointSequences) {
		ResultSetExtractor<Walk> extractor = (rows) -> read(rows, new LinkChecker(checkpointSequences));
		return this.transactions.execute((status) -> {
			this.jdbc.queryForObject("SELECT set_config('work_mem', ?, true)", String.class, WORK_MEM);
			return this.jdbc.query(QUERY, extractor);
		});
	}

	private static Walk read(ResultSet rows, LinkChecker checker) throws SQLException {
		try (HashingPipeline pipeline = new HashingPipeline(checker)) {
			List<StoredLink> batch = new ArrayList<>(HashingPipeline.BATCH_SIZE);
			while (!pipeline.isFinished() && rows.next()) {
				batch.add(link(rows));
				if (batch.size() == HashingPipeline.BATCH_SIZE) {
					pipeline.submit(batch);
					batch = new ArrayList<>(HashingPipeline.BATCH_SIZE);
				}
			}
			pipeline.submit(batch);
			return pipeline.finish();
		}
	}

	private static StoredLink link(ResultSet row) throws SQLException {
		OffsetDateTime occurredAt = row.getObject(5, OffsetDateTime.class);
		byte[][] textFields = new byte[TEXT_COLUMNS][];
		for (int i = 0; i < TEXT_COLUMNS; i++) {
			textFields[i] = row.getBytes(FIRST_TEXT_COLUMN + i);
		}
		return new StoredLink(row.getLong(1), row.getBytes(2), row.getBytes(3), row.getBytes(4),
				(occurredAt != null) ? occurredAt.toInstant() : null, textFields, row.getBytes(DETAILS_COLUMN));
	}

}
