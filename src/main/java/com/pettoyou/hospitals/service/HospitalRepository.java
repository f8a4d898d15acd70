package com.pettoyou.hospitals.service;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Repository;

/** Reads and writes hospitals. */
@Repository
public class HospitalRepository {

	private static final String COLUMNS = "id, licence_number, name, district, road_address, lot_address, phone, "
			+ "postal_code, licensed_on, status";

	private final JdbcClient jdbc;

	HospitalRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Inserts a hospital with a new id.
	 * @throws org.springframework.dao.DuplicateKeyException if the licence number exists
	 */
	UUID insert(Hospital hospital, Instant now) {
		UUID id = UUID.randomUUID();
		bind(jdbc.sql("""
				INSERT INTO hospital (id, licence_number, name, district, road_address, lot_address, phone,
				    postal_code, licensed_on, status, created_at, updated_at)
				VALUES (:id, :licenceNumber, :name, :district, :roadAddress, :lotAddress, :phone, :postalCode,
				    :licensedOn, :status, :now, :now)
				"""), id, hospital, now).update();
		return id;
	}

	/**
	 * Inserts the hospital, or updates the row with its licence number when any field
	 * differs. A row that matches in every field is left alone, so its {@code updated_at}
	 * keeps the time of the last real change.
	 */
	public UpsertResult upsert(Hospital hospital, Instant now) {
		// NOTE: xmax is 0 only on a row version that this statement inserted. This is a
		// PostgreSQL implementation detail rather than documented behaviour, and it is
		// checked by the import tests.
		Optional<Boolean> inserted = bind(jdbc.sql("""
				INSERT INTO hospital AS h (id, licence_number, name, district, road_address, lot_address, phone,
				    postal_code, licensed_on, status, created_at, updated_at)
				VALUES (:id, :licenceNumber, :name, :district, :roadAddress, :lotAddress, :phone, :postalCode,
				    :licensedOn, :status, :now, :now)
				ON CONFLICT (licence_number) DO UPDATE SET name = EXCLUDED.name, district = EXCLUDED.district,
				    road_address = EXCLUDED.road_address, lot_address = EXCLUDED.lot_address,
				    phone = EXCLUDED.phone, postal_code = EXCLUDED.postal_code,
				    licensed_on = EXCLUDED.licensed_on, status = EXCLUDED.status, updated_at = EXCLUDED.updated_at
				WHERE (h.name, h.district, h.road_address, h.lot_address, h.phone, h.postal_code, h.licensed_on,
				        h.status)
				    IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.district, EXCLUDED.road_address, EXCLUDED.lot_address,
				        EXCLUDED.phone, EXCLUDED.postal_code, EXCLUDED.licensed_on, EXCLUDED.status)
				RETURNING (xmax = 0) AS inserted
				"""), UUID.randomUUID(), hospital, now).query(Boolean.class).optional();
		if (inserted.isEmpty()) {
			return UpsertResult.UNCHANGED;
		}
		return inserted.get() ? UpsertResult.INSERTED : UpsertResult.UPDATED;
	}

	public Optional<Hospital> findById(UUID id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM hospital WHERE id = :id")
			.param("id", id)
			.query(HospitalRepository::map)
			.optional();
	}

	public Optional<Hospital> findByLicenceNumber(String licenceNumber) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM hospital WHERE licence_number = :licence")
			.param("licence", licenceNumber)
			.query(HospitalRepository::map)
			.optional();
	}

	/**
	 * Returns one page of hospitals ordered by name.
	 * @param namePattern a {@code LIKE} pattern that is matched without regard to case,
	 * or {@code null} for any name
	 * @param district the exact district, or {@code null} for any district
	 */
	List<Hospital> search(String namePattern, String district, long offset, int limit) {
		StatementSpec statement = jdbc.sql("SELECT " + COLUMNS + " FROM hospital" + where(namePattern, district)
				+ " ORDER BY name, id OFFSET :offset LIMIT :limit");
		return filters(statement, namePattern, district).param("offset", offset)
			.param("limit", limit)
			.query(HospitalRepository::map)
			.list();
	}

	long count(String namePattern, String district) {
		StatementSpec statement = jdbc.sql("SELECT count(*) FROM hospital" + where(namePattern, district));
		return filters(statement, namePattern, district).query(Long.class).single();
	}

	private static String where(String namePattern, String district) {
		List<String> conditions = new ArrayList<>();
		if (namePattern != null) {
			conditions.add("name ILIKE :namePattern ESCAPE '\\'");
		}
		if (district != null) {
			conditions.add("district = :district");
		}
		return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
	}

	private static StatementSpec filters(StatementSpec statement, String namePattern, String district) {
		StatementSpec result = statement;
		if (namePattern != null) {
			result = result.param("namePattern", namePattern);
		}
		if (district != null) {
			result = result.param("district", district);
		}
		return result;
	}

	private static StatementSpec bind(StatementSpec statement, UUID id, Hospital hospital, Instant now) {
		return statement.param("id", id)
			.param("licenceNumber", hospital.licenceNumber())
			.param("name", hospital.name())
			.param("district", hospital.district())
			.param("roadAddress", hospital.roadAddress())
			.param("lotAddress", hospital.lotAddress())
			.param("phone", hospital.phone())
			.param("postalCode", hospital.postalCode())
			.param("licensedOn", hospital.licensedOn())
			.param("status", hospital.status().name())
			.param("now", now.atOffset(ZoneOffset.UTC));
	}

	private static Hospital map(ResultSet row, int rowNumber) throws SQLException {
		return new Hospital(row.getObject("id", UUID.class), row.getString("licence_number"), row.getString("name"),
				row.getString("district"), row.getString("road_address"), row.getString("lot_address"),
				row.getString("phone"), row.getString("postal_code"), row.getObject("licensed_on", LocalDate.class),
				HospitalStatus.valueOf(row.getString("status")));
	}

	/** The outcome of an upsert for one licence number. */
	public enum UpsertResult {

		INSERTED, UPDATED, UNCHANGED

	}

}
