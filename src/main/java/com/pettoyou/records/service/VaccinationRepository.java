package com.pettoyou.records.service;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL access to {@code vaccination}. */
@Repository
class VaccinationRepository {

	private static final String COLUMNS = "id, pet_id, hospital_id, author_id, vaccine, administered_on, next_due_on, created_at";

	private final JdbcClient jdbc;

	VaccinationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Vaccination vaccination) {
		jdbc.sql("""
				INSERT INTO vaccination (id, pet_id, hospital_id, author_id, vaccine, administered_on, next_due_on,
				    created_at)
				VALUES (:id, :pet, :hospital, :author, :vaccine, :administeredOn, :nextDueOn, :createdAt)
				""")
			.param("id", vaccination.id())
			.param("pet", vaccination.petId())
			.param("hospital", vaccination.hospitalId())
			.param("author", vaccination.authorId())
			.param("vaccine", vaccination.vaccine())
			.param("administeredOn", vaccination.administeredOn())
			.param("nextDueOn", vaccination.nextDueOn())
			.param("createdAt", vaccination.createdAt().atOffset(ZoneOffset.UTC))
			.update();
	}

	List<Vaccination> findLiveByPet(UUID petId, long offset, int limit) {
		return jdbc
			.sql("SELECT " + COLUMNS + " FROM vaccination WHERE pet_id = :pet AND deleted_at IS NULL"
					+ " ORDER BY administered_on DESC, created_at DESC, id OFFSET :offset LIMIT :limit")
			.param("pet", petId)
			.param("offset", offset)
			.param("limit", limit)
			.query(VaccinationRepository::map)
			.list();
	}

	long countLiveByPet(UUID petId) {
		return jdbc.sql("SELECT count(*) FROM vaccination WHERE pet_id = :pet AND deleted_at IS NULL")
			.param("pet", petId)
			.query(Long.class)
			.single();
	}

	private static Vaccination map(ResultSet row, int rowNumber) throws SQLException {
		return new Vaccination(row.getObject("id", UUID.class), row.getObject("pet_id", UUID.class),
				row.getObject("hospital_id", UUID.class), row.getObject("author_id", UUID.class),
				row.getString("vaccine"), row.getObject("administered_on", LocalDate.class),
				row.getObject("next_due_on", LocalDate.class),
				row.getObject("created_at", OffsetDateTime.class).toInstant());
	}

}
