package com.pettoyou.documents;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.pettoyou.local.LocalServices.RoleLogin;
import com.pettoyou.local.TestServices;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The application role reads and inserts document rows, and can neither change, delete
 * nor alter them.
 */
@DocumentsIntegrationTest
class DocumentTableRightsTest {

	private static final String INSUFFICIENT_PRIVILEGE = "42501";

	@ParameterizedTest
	@ValueSource(strings = { "UPDATE document SET size_bytes = 1", "DELETE FROM document", "TRUNCATE document",
			"ALTER TABLE document ADD COLUMN extra int", "DROP TABLE document" })
	void applicationRoleCannot(String statement) {
		assertThatThrownBy(() -> execute(statement)).isInstanceOf(SQLException.class)
			.extracting((ex) -> ((SQLException) ex).getSQLState())
			.isEqualTo(INSUFFICIENT_PRIVILEGE);
	}

	@Test
	void applicationRoleCanReadAndInsert() throws SQLException {
		execute("SELECT count(*) FROM document");
		execute("INSERT INTO document SELECT * FROM document WHERE false");
	}

	private static void execute(String statement) throws SQLException {
		RoleLogin login = TestServices.services().login("pettoyou_app");
		try (Connection connection = DriverManager.getConnection(login.url(), login.user(), login.password());
				Statement sql = connection.createStatement()) {
			sql.execute(statement);
		}
	}

}
