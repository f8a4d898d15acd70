package com.pettoyou.records.service;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.pettoyou.crypto.EncryptedValue;

/**
 * SQL access to {@code health_note}. Rows hold ciphertext only; encryption and decryption
 * happen in {@link HealthNoteService}.
 */
@Repository
class HealthNoteRepository {

	static final String TABLE = "health_note";

	private static final String COLUMNS = "id, pet_id, hospital_id, author_id, visit_date, diagnosis_encrypted, "
			+ "treatment_encrypted, prescription_encrypted, actual_cost, created_at, updated_at, version";

	private final JdbcClient jdbc;

	HealthNoteRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(StoredNote note) {
		jdbc.sql("""
				INSERT INTO health_note (id, pet_id, hospital_id, author_id, visit_date, diagnosis_encrypted,
				    treatment_encrypted, prescription_encrypted, actual_cost, created_at, updated_at, version)
				VALUES (:id, :pet, :hospital, :author, :visitDate, :diagnosis, :treatment, :prescription, :cost,
				    :now, :now, 0)
				""")
			.param("id", note.id())
			.param("pet", note.petId())
			.param("hospital", note.hospitalId())
			.param("author", note.authorId())
			.param("visitDate", note.visitDate())
			.param("diagnosis", note.diagnosis().toBytes())
			.param("treatment", note.treatment().toBytes())
			.param("prescription", bytes(note.prescription()))
			.param("cost", note.actualCost())
			.param("now", utc(note.createdAt()))
			.update();
	}

	Optional<StoredNote> findLive(UUID id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM health_note WHERE id = :id AND deleted_at IS NULL")
			.param("id", id)
			.query(HealthNoteRepository::map)
			.optional();
	}

	List<StoredNote> findLiveByPet(UUID petId, long offset, int limit) {
		return jdbc
			.sql("SELECT " + COLUMNS + " FROM health_note WHERE pet_id = :pet AND deleted_at IS NULL"
					+ " ORDER BY visit_date DESC, created_at DESC, id OFFSET :offset LIMIT :limit")
			.param("pet", petId)
			.param("offset", offset)
			.param("limit", limit)
			.query(HealthNoteRepository::map)
			.list();
	}

	long countLiveByPet(UUID petId) {
		return jdbc.sql("SELECT count(*) FROM health_note WHERE pet_id = :pet AND deleted_at IS NULL")
			.param("pet", petId)
			.query(Long.class)
			.single();
	}

	/**
	 * Stores new content if the row still has the version that was read.
	 * @return whether the row was updated
	 */
	boolean update(StoredNote note, Instant now) {
		return jdbc.sql("""
				UPDATE health_note SET visit_date = :visitDate, diagnosis_encrypted = :diagnosis,
				    treatment_encrypted = :treatment, prescription_encrypted = :prescription, actual_cost = :cost,
				    updated_at = :now, version = version + 1
				WHERE id = :id AND version = :version AND deleted_at IS NULL
				""")
			.param("id", note.id())
			.param("version", note.version())
			.param("visitDate", note.visitDate())
			.param("diagnosis", note.diagnosis().toBytes())
			.param("treatment", note.treatment().toBytes())
			.param("prescription", bytes(note.prescription()))
			.param("cost", note.actualCost())
			.param("now", utc(now))
			.update() == 1;
	}

	/** Soft-deletes the row if it still has the version that was read. */
	boolean softDelete(UUID id, long version, Instant now) {
		return jdbc.sql("""
				UPDATE health_note SET deleted_at = :now, updated_at = :now, version = version + 1
				WHERE id = :id AND version = :version AND deleted_at IS NULL
				""").param("id", id).param("version", version).param("now", utc(now)).update() == 1;
	}

	private static StoredNote map(ResultSet row, int rowNumber) throws SQLException {
		byte[] prescription = row.getBytes("prescription_encrypted");
		long cost = row.getLong("actual_cost");
		Long actualCost = row.wasNull() ? null : cost;
		return new StoredNote(row.getObject("id", UUID.class), row.getObject("pet_id", UUID.class),
				row.getObject("hospital_id", UUID.class), row.getObject("author_id", UUID.class),
				row.getObject("visit_date", LocalDate.class),
				EncryptedValue.fromBytes(row.getBytes("diagnosis_encrypted")),
				EncryptedValue.fromBytes(row.getBytes("treatment_encrypted")),
				(prescription != null) ? EncryptedValue.fromBytes(prescription) : null, actualCost,
				row.getObject("created_at", OffsetDateTime.class).toInstant(),
				row.getObject("updated_at", OffsetDateTime.class).toInstant(), row.getLong("version"));
	}

	private static byte[] bytes(EncryptedValue value) {
		return (value != null) ? value.toBytes() : null;
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	/** A row of {@code health_note} as stored, with its clinical text still encrypted. */
	record StoredNote(UUID id, UUID petId, UUID hospitalId, UUID authorId, LocalDate visitDate,
			EncryptedValue diagnosis, EncryptedValue treatment, EncryptedValue prescription, Long actualCost,
			Instant createdAt, Instant updatedAt, long version) {
	}

}
