package com.pettoyou.insurance.service;

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

import com.pettoyou.insurance.PolicyStatus;
import com.pettoyou.insurance.PremiumPolicy;

/** Reads and writes insurance policies. */
@Repository
class PolicyRepository {

	private static final String COLUMNS = "id, holder_id, pet_id, product_id, status, starts_at, ends_at, "
			+ "waiting_period_ends_at, created_at";

	private final JdbcClient jdbc;

	PolicyRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Inserts a pending policy.
	 * @throws org.springframework.dao.DuplicateKeyException when the pet already has a
	 * live policy for the product
	 */
	Policy insertPending(UUID holderId, UUID petId, UUID productId, Instant now) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO insurance_policy (id, holder_id, pet_id, product_id, status, created_at, updated_at)
				VALUES (:id, :holder, :pet, :product, 'PENDING', :now, :now)
				""")
			.param("id", id)
			.param("holder", holderId)
			.param("pet", petId)
			.param("product", productId)
			.param("now", utc(now))
			.update();
		return new Policy(id, holderId, petId, productId, PolicyStatus.PENDING, null, null, null, now);
	}

	List<Policy> findByHolder(UUID holderId, long offset, int limit) {
		return jdbc
			.sql("SELECT " + COLUMNS + " FROM insurance_policy WHERE holder_id = :holder"
					+ " ORDER BY created_at, id OFFSET :offset LIMIT :limit")
			.param("holder", holderId)
			.param("offset", offset)
			.param("limit", limit)
			.query(PolicyRepository::map)
			.list();
	}

	long countByHolder(UUID holderId) {
		return jdbc.sql("SELECT count(*) FROM insurance_policy WHERE holder_id = :holder")
			.param("holder", holderId)
			.query(Long.class)
			.single();
	}

	Optional<PremiumPolicy> findPremiumPolicy(UUID id) {
		return jdbc.sql("""
				SELECT p.id, p.holder_id, p.status, pr.monthly_premium
				FROM insurance_policy p JOIN insurance_product pr ON pr.id = p.product_id
				WHERE p.id = :id
				""")
			.param("id", id)
			.query((row, rowNumber) -> new PremiumPolicy(row.getObject("id", UUID.class),
					row.getObject("holder_id", UUID.class), PolicyStatus.valueOf(row.getString("status")),
					row.getLong("monthly_premium")))
			.optional();
	}

	/**
	 * Locks a pending policy and returns its product's waiting period in days, or empty
	 * when the policy is not pending.
	 */
	Optional<Integer> lockPendingForActivation(UUID id) {
		return jdbc.sql("""
				SELECT pr.waiting_period_days
				FROM insurance_policy p JOIN insurance_product pr ON pr.id = p.product_id
				WHERE p.id = :id AND p.status = 'PENDING'
				FOR UPDATE OF p
				""").param("id", id).query(Integer.class).optional();
	}

	void activate(UUID id, PolicyTerm term, Instant now) {
		jdbc.sql("""
				UPDATE insurance_policy
				SET status = 'ACTIVE', starts_at = :starts, ends_at = :ends, waiting_period_ends_at = :waitingEnds,
				    updated_at = :now
				WHERE id = :id AND status = 'PENDING'
				""")
			.param("starts", utc(term.startsAt()))
			.param("ends", utc(term.endsAt()))
			.param("waitingEnds", utc(term.waitingPeriodEndsAt()))
			.param("now", utc(now))
			.param("id", id)
			.update();
	}

	private static Policy map(ResultSet row, int rowNumber) throws SQLException {
		return new Policy(row.getObject("id", UUID.class), row.getObject("holder_id", UUID.class),
				row.getObject("pet_id", UUID.class), row.getObject("product_id", UUID.class),
				PolicyStatus.valueOf(row.getString("status")), instant(row, "starts_at"), instant(row, "ends_at"),
				instant(row, "waiting_period_ends_at"), instant(row, "created_at"));
	}

	private static Instant instant(ResultSet row, String column) throws SQLException {
		OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
