package com.pettoyou.payments.payout;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes payouts. */
@Repository
class PayoutRepository {

	static final String TABLE = "payout";

	private static final String COLUMNS = "id, claim_id, recipient_id, amount, status, attempts, key_sequence, "
			+ "bank_code, account_number_last4, gateway_reference, failure_code, created_at, updated_at, paid_at";

	private final JdbcClient jdbc;

	PayoutRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Payout insert(UUID claimId, UUID recipientId, long amount, PayoutStatus status, Instant now) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO payout (id, claim_id, recipient_id, amount, status, attempts, key_sequence, created_at,
				    updated_at)
				VALUES (:id, :claim, :recipient, :amount, :status, 0, 1, :now, :now)
				""")
			.param("id", id)
			.param("claim", claimId)
			.param("recipient", recipientId)
			.param("amount", amount)
			.param("status", status.name())
			.param("now", utc(now))
			.update();
		return new Payout(id, claimId, recipientId, amount, status, 0, 1, null, null, null, null, now, now, null);
	}

	Optional<Payout> find(UUID id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM payout WHERE id = :id")
			.param("id", id)
			.query(PayoutRepository::map)
			.optional();
	}

	Optional<Payout> findByClaim(UUID claimId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM payout WHERE claim_id = :claim")
			.param("claim", claimId)
			.query(PayoutRepository::map)
			.optional();
	}

	/**
	 * Reads a payout and locks its row until the transaction ends, so that attempts to
	 * send one payout run one at a time.
	 */
	Optional<Payout> lock(UUID id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM payout WHERE id = :id FOR UPDATE")
			.param("id", id)
			.query(PayoutRepository::map)
			.optional();
	}

	List<Payout> findPage(long offset, int limit) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM payout ORDER BY created_at DESC, id OFFSET :offset LIMIT :limit")
			.param("offset", offset)
			.param("limit", limit)
			.query(PayoutRepository::map)
			.list();
	}

	long countAll() {
		return jdbc.sql("SELECT count(*) FROM payout").query(Long.class).single();
	}

	/**
	 * Records the outcome of one gateway call.
	 * @param status the payout's status afterwards
	 * @param nextKey whether the next call must use a new gateway idempotency key, which
	 * is only safe once the gateway certainly moved no money
	 */
	void recordAttempt(UUID id, PayoutStatus status, boolean nextKey, String bankCode, String last4, String reference,
			String failureCode, Instant now) {
		jdbc.sql("""
				UPDATE payout SET status = :status, attempts = attempts + 1,
				    key_sequence = key_sequence + CASE WHEN :nextKey THEN 1 ELSE 0 END, bank_code = :bank,
				    account_number_last4 = :last4, gateway_reference = :reference, failure_code = :failure,
				    paid_at = CASE WHEN :status = 'SUCCEEDED' THEN CAST(:now AS timestamptz) END, updated_at = :now
				WHERE id = :id AND status <> 'SUCCEEDED'
				""")
			.param("status", status.name())
			.param("nextKey", nextKey)
			.param("bank", bankCode)
			.param("last4", last4)
			.param("reference", reference)
			.param("failure", failureCode)
			.param("now", utc(now))
			.param("id", id)
			.update();
	}

	private static Payout map(ResultSet row, int rowNumber) throws SQLException {
		OffsetDateTime paidAt = row.getObject("paid_at", OffsetDateTime.class);
		return new Payout(row.getObject("id", UUID.class), row.getObject("claim_id", UUID.class),
				row.getObject("recipient_id", UUID.class), row.getLong("amount"),
				PayoutStatus.valueOf(row.getString("status")), row.getInt("attempts"), row.getInt("key_sequence"),
				row.getString("bank_code"), row.getString("account_number_last4"), row.getString("gateway_reference"),
				row.getString("failure_code"), row.getObject("created_at", OffsetDateTime.class).toInstant(),
				row.getObject("updated_at", OffsetDateTime.class).toInstant(),
				(paidAt != null) ? paidAt.toInstant() : null);
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
