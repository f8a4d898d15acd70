package com.pettoyou.pets.service;

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

import com.pettoyou.pets.Species;

/** Reads and writes pets. Reads skip soft-deleted rows. */
@Repository
class PetRepository {

	private static final String COLUMNS = "id, owner_id, name, species, breed, birth_date, version";

	private final JdbcClient jdbc;

	PetRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Pet insert(UUID ownerId, String name, Species species, String breed, LocalDate birthDate, Instant now) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO pet (id, owner_id, name, species, breed, birth_date, created_at, updated_at)
				VALUES (:id, :owner, :name, :species, :breed, :birthDate, :now, :now)
				""")
			.param("id", id)
			.param("owner", ownerId)
			.param("name", name)
			.param("species", species.name())
			.param("breed", breed)
			.param("birthDate", birthDate)
			.param("now", utc(now))
			.update();
		return new Pet(id, ownerId, name, species, breed, birthDate, 0);
	}

	Optional<Pet> findLive(UUID id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM pet WHERE id = :id AND deleted_at IS NULL")
			.param("id", id)
			.query(PetRepository::map)
			.optional();
	}

	List<Pet> findLiveByOwner(UUID ownerId, long offset, int limit) {
		return jdbc
			.sql("SELECT " + COLUMNS + " FROM pet WHERE owner_id = :owner AND deleted_at IS NULL"
					+ " ORDER BY created_at, id OFFSET :offset LIMIT :limit")
			.param("owner", ownerId)
			.param("offset", offset)
			.param("limit", limit)
			.query(PetRepository::map)
			.list();
	}

	long countLiveByOwner(UUID ownerId) {
		return jdbc.sql("SELECT count(*) FROM pet WHERE owner_id = :owner AND deleted_at IS NULL")
			.param("owner", ownerId)
			.query(Long.class)
			.single();
	}

	/**
	 * Updates the editable fields; returns false when the row changed since it was read.
	 */
	boolean update(Pet pet, Instant now) {
		return jdbc.sql("""
				UPDATE pet SET name = :name, breed = :breed, birth_date = :birthDate, updated_at = :now,
				    version = version + 1
				WHERE id = :id AND version = :version AND deleted_at IS NULL
				""")
			.param("name", pet.name())
			.param("breed", pet.breed())
			.param("birthDate", pet.birthDate())
			.param("now", utc(now))
			.param("id", pet.id())
			.param("version", pet.version())
			.update() == 1;
	}

	/** Marks the pet deleted and returns false when the row changed since it was read. */
	boolean softDelete(Pet pet, Instant now) {
		return jdbc.sql("""
				UPDATE pet SET deleted_at = :now, updated_at = :now, version = version + 1
				WHERE id = :id AND version = :version AND deleted_at IS NULL
				""").param("now", utc(now)).param("id", pet.id()).param("version", pet.version()).update() == 1;
	}

	private static Pet map(ResultSet row, int rowNumber) throws SQLException {
		return new Pet(row.getObject("id", UUID.class), row.getObject("owner_id", UUID.class), row.getString("name"),
				Species.valueOf(row.getString("species")), row.getString("breed"),
				row.getObject("birth_date", LocalDate.class), row.getLong("version"));
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
