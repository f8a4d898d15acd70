package com.pettoyou.insurance.claims;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.pettoyou.crypto.EncryptedValue;
import com.pettoyou.insurance.ClaimType;

/**
 * SQL access to {@code insurance_claim} and the health notes that claims cite. Rows hold
 * ciphertext only; {@link ClaimCipher} encrypts and decrypts.
 */
@Repository
class ClaimRepository {

	static final String TABLE = "insurance_claim";

	private static final String COLUMNS = "id, claimant_id, policy_id, pet_id, claim_type, incident_date, "
			+ "diagnosis_encrypted, cost_breakdown_encrypted, total_claim_amount, review_required, fraud_flags, "
			+ "status, reviewer_id, approved_amount, payout_amount, decision_note, rejection_reason, created_at, "
			+ "updated_at, reviewed_at, decided_at, paid_at, version";

	/** Filters by claimant and status, either of which may be {@code null} for any. */
	private static final String FILTER = "(CAST(:claimant AS uuid) IS NULL OR claimant_id = CAST(:claimant AS uuid))"
			+ " AND (CAST(:status AS text) IS NULL OR status = CAST(:status AS text))";

	/** Namespace of the advisory locks that serialize one account's submissions. */
	private static final String SUBMISSION_LOCK = "insurance_claim.submission:";

	private final JdbcClient jdbc;

	ClaimRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Takes the claimant's submission lock until the transaction ends, so that the
	 * account's submissions on every instance count and insert one at a time. Unrelated
	 * accounts whose lock keys collide only wait for each other.
	 */
	void lockSubmissions(UUID claimantId) {
		jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(:key, 0))")
			.param("key", SUBMISSION_LOCK + claimantId)
			.query()
			.singleRow();
	}

	/** Returns the claimant's claims created after {@code since}. */
	long countByClaimantSince(UUID claimantId, Instant since) {
		return jdbc.sql("SELECT count(*) FROM insurance_claim WHERE claimant_id = :claimant AND created_at > :since")
			.param("claimant", claimantId)
			.param("since", utc(since))
			.query(Long.class)
			.single();
	}

	/**
	 * Returns the creation time of the claimant's oldest claim after {@code since}, or
	 * empty when there is none.
	 */
	Optional<Instant> oldestByClaimantSince(UUID claimantId, Instant since) {
		return jdbc
			.sql("SELECT min(created_at) FROM insurance_claim WHERE claimant_id = :claimant AND created_at > :since")
			.param("claimant", claimantId)
			.param("since", utc(since))
			.query((row, rowNumber) -> instant(row, "min"))
			.optional()
			.filter((value) -> value != null);
	}

	/**
	 * Returns whether a claim with the same pet, type, incident date and total exists.
	 */
	boolean existsSame(UUID petId, ClaimType type, LocalDate incidentDate, long total) {
		return jdbc.sql("""
				SELECT EXISTS (SELECT 1 FROM insurance_claim WHERE pet_id = :pet AND claim_type = :type
				    AND incident_date = :incidentDate AND total_claim_amount = :total)
				""")
			.param("pet", petId)
			.param("type", type.name())
			.param("incidentDate", incidentDate)
			.param("total", total)
			.query(Boolean.class)
			.single();
	}

	void insert(StoredClaim claim, List<UUID> healthNoteIds, List<UUID> documentIds) {
		jdbc.sql("""
				INSERT INTO insurance_claim (id, claimant_id, policy_id, pet_id, claim_type, incident_date,
				    diagnosis_encrypted, cost_breakdown_encrypted, total_claim_amount, review_required, fraud_flags,
				    status, created_at, updated_at, version)
				VALUES (:id, :claimant, :policy, :pet, :type, :incidentDate, :diagnosis, :breakdown, :total,
				    :reviewRequired, string_to_array(:flags, ','), 'SUBMITTED', :now, :now, 0)
				""")
			.param("id", claim.id())
			.param("claimant", claim.claimantId())
			.param("policy", claim.policyId())
			.param("pet", claim.petId())
			.param("type", claim.type().name())
			.param("incidentDate", claim.incidentDate())
			.param("diagnosis", claim.diagnosis().toBytes())
			.param("breakdown", claim.costBreakdown().toBytes())
			.param("total", claim.totalClaimAmount())
			.param("reviewRequired", claim.reviewRequired())
			.param("flags", claim.fraudFlags().stream().map(Enum::name).collect(Collectors.joining(",")))
			.param("now", utc(claim.createdAt()))
			.update();
		for (UUID noteId : healthNoteIds) {
			jdbc.sql("INSERT INTO insurance_claim_health_note (claim_id, health_note_id) VALUES (:claim, :note)")
				.param("claim", claim.id())
				.param("note", noteId)
				.update();
		}
		for (UUID documentId : documentIds) {
			jdbc.sql("INSERT INTO insurance_claim_document (claim_id, document_id) VALUES (:claim, :document)")
				.param("claim", claim.id())
				.param("document", documentId)
				.update();
		}
	}

	Optional<StoredClaim> find(UUID id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM insurance_claim WHERE id = :id")
			.param("id", id)
			.query(ClaimRepository::map)
			.optional();
	}

	/**
	 * Reads a claim and locks its row until the transaction ends, so that decisions on
	 * one claim run one at a time.
	 */
	Optional<StoredClaim> lock(UUID id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM insurance_claim WHERE id = :id FOR UPDATE")
			.param("id", id)
			.query(ClaimRepository::map)
			.optional();
	}

	/** Returns the ids of the health notes that a claim cites. */
	List<UUID> healthNoteIds(UUID claimId) {
		return jdbc
			.sql("SELECT health_note_id FROM insurance_claim_health_note WHERE claim_id = :claim"
					+ " ORDER BY health_note_id")
			.param("claim", claimId)
			.query(UUID.class)
			.list();
	}

	/** Returns the ids of the documents that a claim attaches. */
	List<UUID> documentIds(UUID claimId) {
		return jdbc.sql("SELECT document_id FROM insurance_claim_document WHERE claim_id = :claim ORDER BY document_id")
			.param("claim", claimId)
			.query(UUID.class)
			.list();
	}

	/** Returns whether any claim attaches the document. */
	boolean isAttached(UUID documentId) {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM insurance_claim_document WHERE document_id = :document)")
			.param("document", documentId)
			.query(Boolean.class)
			.single();
	}

	/**
	 * Returns one page of claims, newest first: the claimant's own, or every claim when
	 * {@code claimantId} is {@code null}, in one state or in any when {@code status} is
	 * {@code null}.
	 */
	List<StoredClaim> findPage(UUID claimantId, ClaimStatus status, long offset, int limit) {
		return jdbc
			.sql("SELECT " + COLUMNS + " FROM insurance_claim WHERE " + FILTER
					+ " ORDER BY created_at DESC, id OFFSET :offset LIMIT :limit")
			.param("claimant", claimantId, Types.OTHER)
			.param("status", (status != null) ? status.name() : null, Types.VARCHAR)
			.param("offset", offset)
			.param("limit", limit)
			.query(ClaimRepository::map)
			.list();
	}

	/** Counts the claims that {@link #findPage} pages through. */
	long count(UUID claimantId, ClaimStatus status) {
		return jdbc.sql("SELECT count(*) FROM insurance_claim WHERE " + FILTER)
			.param("claimant", claimantId, Types.OTHER)
			.param("status", (status != null) ? status.name() : null, Types.VARCHAR)
			.query(Long.class)
			.single();
	}

	/**
	 * Returns the payouts of the policy's approved and paid claims, which count against
	 * its annual limit.
	 */
	long sumPayouts(UUID policyId) {
		return jdbc.sql("""
				SELECT coalesce(sum(payout_amount), 0) FROM insurance_claim
				WHERE policy_id = :policy AND status IN ('APPROVED', 'PAID')
				""").param("policy", policyId).query(Long.class).single();
	}

	/** Moves a submitted claim into review; returns false when it was not submitted. */
	boolean startReview(UUID id, UUID reviewerId, Instant now) {
		return jdbc.sql("""
				UPDATE insurance_claim SET status = 'IN_REVIEW', reviewer_id = :reviewer, reviewed_at = :now,
				    updated_at = :now, version = version + 1
				WHERE id = :id AND status = 'SUBMITTED'
				""").param("reviewer", reviewerId).param("now", utc(now)).param("id", id).update() == 1;
	}

	/** Approves a claim in review; returns false when it was not in review. */
	boolean approve(UUID id, UUID reviewerId, long approvedAmount, long payoutAmount, String note, Instant now) {
		return jdbc.sql("""
				UPDATE insurance_claim SET status = 'APPROVED', reviewer_id = :reviewer,
				    approved_amount = :approved, payout_amount = :payout, decision_note = :note,
				    decided_at = :now, updated_at = :now, version = version + 1
				WHERE id = :id AND status = 'IN_REVIEW'
				""")
			.param("reviewer", reviewerId)
			.param("approved", approvedAmount)
			.param("payout", payoutAmount)
			.param("note", note)
			.param("now", utc(now))
			.param("id", id)
			.update() == 1;
	}

	/**
	 * Rejects a submitted claim or one in review; returns false when it was in neither
	 * state.
	 */
	boolean reject(UUID id, UUID reviewerId, String reason, Instant now) {
		return jdbc.sql("""
				UPDATE insurance_claim SET status = 'REJECTED', reviewer_id = :reviewer, rejection_reason = :reason,
				    decided_at = :now, updated_at = :now, version = version + 1
				WHERE id = :id AND status IN ('SUBMITTED', 'IN_REVIEW')
				""")
			.param("reviewer", reviewerId)
			.param("reason", reason)
			.param("now", utc(now))
			.param("id", id)
			.update() == 1;
	}

	/** Marks an approved claim as paid; returns false when it was not approved. */
	boolean markPaid(UUID id, Instant paidAt) {
		return jdbc.sql("""
				UPDATE insurance_claim SET status = 'PAID', paid_at = :paidAt, updated_at = :paidAt,
				    version = version + 1
				WHERE id = :id AND status = 'APPROVED'
				""").param("paidAt", utc(paidAt)).param("id", id).update() == 1;
	}

	private static StoredClaim map(ResultSet row, int rowNumber) throws SQLException {
		Array flags = row.getArray("fraud_flags");
		List<FraudFlag> fraudFlags = Arrays.stream((String[]) flags.getArray()).map(FraudFlag::valueOf).toList();
		flags.free();
		return new StoredClaim(row.getObject("id", UUID.class), row.getObject("claimant_id", UUID.class),
				row.getObject("policy_id", UUID.class), row.getObject("pet_id", UUID.class),
				ClaimType.valueOf(row.getString("claim_type")), row.getObject("incident_date", LocalDate.class),
				EncryptedValue.fromBytes(row.getBytes("diagnosis_encrypted")),
				EncryptedValue.fromBytes(row.getBytes("cost_breakdown_encrypted")), row.getLong("total_claim_amount"),
				row.getBoolean("review_required"), fraudFlags, ClaimStatus.valueOf(row.getString("status")),
				row.getObject("reviewer_id", UUID.class), nullableLong(row, "approved_amount"),
				nullableLong(row, "payout_amount"), row.getString("decision_note"), row.getString("rejection_reason"),
				instant(row, "created_at"), instant(row, "updated_at"), instant(row, "reviewed_at"),
				instant(row, "decided_at"), instant(row, "paid_at"), row.getLong("version"));
	}

	private static Long nullableLong(ResultSet row, String column) throws SQLException {
		long value = row.getLong(column);
		return row.wasNull() ? null : value;
	}

	private static Instant instant(ResultSet row, String column) throws SQLException {
		OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
