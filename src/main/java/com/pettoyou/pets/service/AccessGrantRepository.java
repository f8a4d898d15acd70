package com.pettoyou.pets.service;

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

/** Reads and writes hospital-access grants with parameterized SQL. */
@Repository
class AccessGrantRepository {

	private static final String COLUMNS = "id, pet_id, hospital_id, purpose, created_at, expires_at, revoked_at";

	private final JdbcClient jdbc;

	AccessGrantRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Inserts a grant.
	 * @throws org.springframework.dao.DataIntegrityViolationException when the hospital
	 * does not exist
	 */
	AccessGrant insert(UUID petId, UUID hospitalId, String purpose, UUID grantedBy, Instant now, Instant expiresAt) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO hospital_access_grant (id, pet_id, hospital_id, purpose, granted_by, created_at, expires_at)
				VALUES (:id, :petId, :hospitalId, :purpose, :grantedBy, :now, :expiresAt)
				""")
			.param("id", id)
			.param("petId", petId)
			.param("hospitalId", hospitalId)
			.param("purpose", purpose)
			.param("grantedBy", grantedBy)
			.param("now", utc(now))
			.param("expiresAt", (expiresAt != null) ? utc(expiresAt) : null)
			.update();
		return find(id).orElseThrow();
	}

	Optional<AccessGrant> find(UUID id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM hospital_access_grant WHERE id = :id")
			.param("id", id)
			.query(AccessGrantRepository::map)
			.optional();
	}

	List<AccessGrant> findByPet(UUID petId) {
		return jdbc
			.sql("SELECT " + COLUMNS + " FROM hospital_access_grant WHERE pet_id = :petId ORDER BY created_at, id")
			.param("petId", petId)
			.query(AccessGrantRepository::map)
			.list();
	}

	boolean existsActive(UUID petId, UUID hospitalId, Instant now) {
		return jdbc.sql("""
				SELECT EXISTS (SELECT 1 FROM hospital_access_grant g JOIN pet p ON p.id = g.pet_id
				    WHERE g.pet_id = :petId AND g.hospital_id = :hospitalId AND p.deleted_at IS NULL
				    AND g.revoked_at IS NULL AND (g.expires_at IS NULL OR g.expires_at > :now))
				""")
			.param("petId", petId)
			.param("hospitalId", hospitalId)
			.param("now", utc(now))
			.query(Boolean.class)
			.single();
	}

	void revoke(UUID id, Instant now) {
		jdbc.sql("UPDATE hospital_access_grant SET revoked_at = :now WHERE id = :id AND revoked_at IS NULL")
			.param("now", utc(now))
			.param("id", id)
			.update();
	}

	private static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	private static Instant instant(ResultSet row, String column) throws SQLException {
		OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

	private static AccessGrant map(ResultSet row, int rowNumber) throws SQLException {
		return new AccessGrant(row.getObject("id", UUID.class), row.getObject("pet_id", UUID.class),
				row.getObject("hospital_id", UUID.class), row.getString("purpose"), instant(row, "created_at"),
				instant(row, "expires_at"), instant(row, "revoked_at"));
	}

}
