package com.pettoyou.insurance.service;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.pettoyou.insurance.ClaimType;

/** Reads the product catalogue, which only migrations write. */
@Repository
class ProductRepository {

	private static final String COLUMNS = "id, name, coverage_types, coverage_percent, deductible, annual_limit, "
			+ "monthly_premium, waiting_period_days";

	private final JdbcClient jdbc;

	ProductRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<InsuranceProduct> findAll() {
		return jdbc.sql("SELECT " + COLUMNS + " FROM insurance_product ORDER BY sort_order")
			.query(ProductRepository::map)
			.list();
	}

	Optional<InsuranceProduct> find(UUID id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM insurance_product WHERE id = :id")
			.param("id", id)
			.query(ProductRepository::map)
			.optional();
	}

	private static InsuranceProduct map(ResultSet row, int rowNumber) throws SQLException {
		Array types = row.getArray("coverage_types");
		List<ClaimType> coverage = Arrays.stream((String[]) types.getArray()).map(ClaimType::valueOf).toList();
		types.free();
		return new InsuranceProduct(row.getObject("id", UUID.class), row.getString("name"), coverage,
				row.getInt("coverage_percent"), row.getLong("deductible"), row.getLong("annual_limit"),
				row.getLong("monthly_premium"), row.getInt("waiting_period_days"));
	}

}
