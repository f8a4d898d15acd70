package com.pettoyou.payments.service;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes refunds. */
@Repository
class RefundRepository {

	private static final String COLUMNS = "id, payment_id, amount, reason, requested_by, status, created_at";

	private final JdbcClient jdbc;

	RefundRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Refund insertPending(UUID paymentId, long amount, String reason, UUID requestedBy, Instant now) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO payment_refund (id, payment_id, amount, reason, requested_by, status, created_at)
				VALUES (:id, :payment, :amount, :reason, :requestedBy, 'PENDING', :now)
				""")
			.param("id", id)
			.param("payment", paymentId)
			.param("amount", amount)
			.param("reason", reason)
			.param("requestedBy", requestedBy)
			.param("now", utc(now))
			.update();
		return new Refund(id, paymentId, amount, reason, requestedBy, RefundStatus.PENDING, now);
	}

	Optional<Refund> find(UUID id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM payment_refund WHERE id = :id")
			.param("id", id)
			.query(RefundRepository::map)
			.optional();
	}

	/** Settles a pending refund; returns false when it was no longer pending. */
	boolean settle(UUID id, RefundStatus status, String reference, String declineCode, Instant now) {
		return jdbc.sql("""
				UPDATE payment_refund SET status = :status, gateway_reference = :reference,
				    decline_code = :declineCode, settled_at = :now
				WHERE id = :id AND status = 'PENDING'
				""")
			.param("status", status.name())
			.param("reference", reference)
			.param("declineCode", declineCode)
			.param("now", utc(now))
			.param("id", id)
			.update() == 1;
	}

	private static Refund map(ResultSet row, int rowNumber) throws SQLException {
		return new Refund(row.getObject("id", UUID.class), row.getObject("payment_id", UUID.class),
				row.getLong("amount"), row.getString("reason"), row.getObject("requested_by", UUID.class),
				RefundStatus.valueOf(row.getString("status")),
				row.getObject("created_at", OffsetDateTime.class).toInstant());
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
