package com.pettoyou.insurance.claims;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.pettoyou.insurance.ClaimType;
import com.pettoyou.insurance.PolicyStatus;

/** Reads policies joined with their products for claims. */
@Repository
class CoveredPolicyRepository {

	private static final String QUERY = """
			SELECT p.id, p.holder_id, p.pet_id, p.status, p.starts_at, p.ends_at, p.waiting_period_ends_at,
			    pr.coverage_types, pr.coverage_percent, pr.deductible, pr.annual_limit
			FROM insurance_policy p JOIN insurance_product pr ON pr.id = p.product_id
			WHERE p.id = :id
			""";

	private final JdbcClient jdbc;

	CoveredPolicyRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<CoveredPolicy> find(UUID id) {
		return jdbc.sql(QUERY).param("id", id).query(CoveredPolicyRepository::map).optional();
	}

	/**
	 * Reads a policy and locks its row until the transaction ends, so that approvals
	 * against one policy's annual limit run one at a time.
	 */
	Optional<CoveredPolicy> lock(UUID id) {
		return jdbc.sql(QUERY + " FOR UPDATE OF p").param("id", id).query(CoveredPolicyRepository::map).optional();
	}

	private static CoveredPolicy map(ResultSet row, int rowNumber) throws SQLException {
		Array types = row.getArray("coverage_types");
		List<ClaimType> coverage = Arrays.stream((String[]) types.getArray()).map(ClaimType::valueOf).toList();
		types.free();
		return new CoveredPolicy(row.getObject("id", UUID.class), row.getObject("holder_id", UUID.class),
				row.getObject("pet_id", UUID.class), PolicyStatus.valueOf(row.getString("status")),
				instant(row, "starts_at"), instant(row, "ends_at"), instant(row, "waiting_period_ends_at"), coverage,
				row.getInt("coverage_percent"), row.getLong("deductible"), row.getLong("annual_limit"));
	}

	private static Instant instant(ResultSet row, String column) throws SQLException {
		OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

}
