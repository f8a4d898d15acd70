package com.pettoyou.pets;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.pettoyou.local.LocalServices.RoleLogin;
import com.pettoyou.local.TestServices;
import com.pettoyou.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The application role reads, inserts and updates pets and hospitals, and can neither
 * delete rows nor change the tables.
 */
@IntegrationTest
class PetTableRightsTest {

	private static final String INSUFFICIENT_PRIVILEGE = "42501";

	@ParameterizedTest
	@ValueSource(strings = { "DELETE FROM pet", "TRUNCATE pet", "ALTER TABLE pet ADD COLUMN extra int",
			"DROP TABLE pet", "DELETE FROM hospital", "TRUNCATE hospital", "ALTER TABLE hospital DROP COLUMN name" })
	void applicationRoleCannot(String statement) {
		assertThatThrownBy(() -> execute(statement)).isInstanceOf(SQLException.class)
			.extracting((ex) -> ((SQLException) ex).getSQLState())
			.isEqualTo(INSUFFICIENT_PRIVILEGE);
	}

	@Test
	void applicationRoleCanReadAndUpdate() throws SQLException {
		execute("SELECT count(*) FROM pet");
		execute("UPDATE pet SET updated_at = updated_at WHERE false");
		execute("SELECT count(*) FROM hospital");
		execute("UPDATE hospital SET updated_at = updated_at WHERE false");
	}

	private static void execute(String statement) throws SQLException {
		RoleLogin login = TestServices.services().login("pettoyou_app");
		try (Connection connection = DriverManager.getConnection(login.url(), login.user(), login.password());
				Statement sql = connection.createStatement()) {
			sql.execute(statement);
		}
	}

}
