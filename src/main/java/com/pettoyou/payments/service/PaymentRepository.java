package com.pettoyou.payments.service;

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

/** Reads and writes payments. */
@Repository
class PaymentRepository {

	private static final String COLUMNS = "id, payer_id, policy_id, amount, refunded_amount, pending_refund_amount, "
			+ "status, gateway_reference, decline_code, created_at, settled_at";

	private final JdbcClient jdbc;

	PaymentRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Payment insertPendingPremium(UUID payerId, UUID policyId, long amount, Instant now) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO payment (id, payer_id, purpose, policy_id, amount, status, created_at, updated_at)
				VALUES (:id, :payer, 'PREMIUM', :policy, :amount, 'PENDING', :now, :now)
				""")
			.param("id", id)
			.param("payer", payerId)
			.param("policy", policyId)
			.param("amount", amount)
			.param("now", utc(now))
			.update();
		return new Payment(id, payerId, policyId, amount, 0, 0, PaymentStatus.PENDING, null, null, now, null);
	}

	Optional<Payment> find(UUID id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM payment WHERE id = :id")
			.param("id", id)
			.query(PaymentRepository::map)
			.optional();
	}

	/**
	 * Reads a payment and locks its row until the transaction ends, so that refunds and
	 * webhook events of one payment run one at a time.
	 */
	Optional<Payment> lock(UUID id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM payment WHERE id = :id FOR UPDATE")
			.param("id", id)
			.query(PaymentRepository::map)
			.optional();
	}

	List<Payment> findByPayer(UUID payerId, long offset, int limit) {
		return jdbc
			.sql("SELECT " + COLUMNS + " FROM payment WHERE payer_id = :payer"
					+ " ORDER BY created_at DESC, id OFFSET :offset LIMIT :limit")
			.param("payer", payerId)
			.param("offset", offset)
			.param("limit", limit)
			.query(PaymentRepository::map)
			.list();
	}

	long countByPayer(UUID payerId) {
		return jdbc.sql("SELECT count(*) FROM payment WHERE payer_id = :payer")
			.param("payer", payerId)
			.query(Long.class)
			.single();
	}

	List<Payment> findAll(long offset, int limit) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM payment ORDER BY created_at DESC, id OFFSET :offset LIMIT :limit")
			.param("offset", offset)
			.param("limit", limit)
			.query(PaymentRepository::map)
			.list();
	}

	long countAll() {
		return jdbc.sql("SELECT count(*) FROM payment").query(Long.class).single();
	}

	/** Settles a pending payment; returns false when it was no longer pending. */
	boolean settle(UUID id, PaymentStatus status, String reference, String declineCode, Instant now) {
		return jdbc.sql("""
				UPDATE payment SET status = :status, gateway_reference = :reference, decline_code = :declineCode,
				    settled_at = :now, updated_at = :now
				WHERE id = :id AND status = 'PENDING'
				""")
			.param("status", status.name())
			.param("reference", reference)
			.param("declineCode", declineCode)
			.param("now", utc(now))
			.param("id", id)
			.update() == 1;
	}

	/**
	 * Adds to the succeeded and pending refund sums, which may be negative to release a
	 * pending refund, and marks the payment refunded once every won is refunded. The
	 * table's check rejects sums above the amount.
	 */
	void addRefund(UUID id, long succeeded, long pending, Instant now) {
		jdbc.sql("""
				UPDATE payment
				SET refunded_amount = refunded_amount + :succeeded,
				    pending_refund_amount = pending_refund_amount + :pending,
				    status = CASE WHEN refunded_amount + :succeeded = amount THEN 'REFUNDED' ELSE status END,
				    updated_at = :now
				WHERE id = :id
				""")
			.param("succeeded", succeeded)
			.param("pending", pending)
			.param("now", utc(now))
			.param("id", id)
			.update();
	}

	private static Payment map(ResultSet row, int rowNumber) throws SQLException {
		OffsetDateTime settledAt = row.getObject("settled_at", OffsetDateTime.class);
		return new Payment(row.getObject("id", UUID.class), row.getObject("payer_id", UUID.class),
				row.getObject("policy_id", UUID.class), row.getLong("amount"), row.getLong("refunded_amount"),
				row.getLong("pending_refund_amount"), PaymentStatus.valueOf(row.getString("status")),
				row.getString("gateway_reference"), row.getString("decline_code"),
				row.getObject("created_at", OffsetDateTime.class).toInstant(),
				(settledAt != null) ? settledAt.toInstant() : null);
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
