package com.pettoyou.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import com.pettoyou.local.LocalServices.RoleLogin;
import com.pettoyou.local.TestServices;
import com.pettoyou.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The database roles have only the rights their purpose needs. */
@IntegrationTest
class DatabaseRolesTest {

	private static final String INSUFFICIENT_PRIVILEGE = "42501";

	@ParameterizedTest
	@ValueSource(strings = { "DROP TABLE account", "TRUNCATE account", "ALTER TABLE account ADD COLUMN extra int",
			"DELETE FROM account", "CREATE TABLE intruder (id int)", "UPDATE audit_event SET action = 'X'",
			"DELETE FROM audit_event", "TRUNCATE audit_event", "UPDATE audit_chain SET chained_at = now()",
			"DELETE FROM audit_chain", "TRUNCATE audit_chain", "DELETE FROM flyway_schema_history",
			"SELECT * FROM flyway_schema_history" })
	void applicationRoleCannot(String statement) {
		assertThatThrownBy(() -> execute("pettoyou_app", statement)).isInstanceOf(SQLException.class)
			.extracting((ex) -> ((SQLException) ex).getSQLState())
			.isEqualTo(INSUFFICIENT_PRIVILEGE);
	}

	@Test
	void applicationRoleCanReadAndInsertAudit() throws SQLException {
		execute("pettoyou_app", "SELECT count(*) FROM audit_event");
		execute("pettoyou_app",
				"INSERT INTO audit_event (id, occurred_at, action, outcome) VALUES (gen_random_uuid(), now(), 'TEST', 'SUCCESS')");
	}

	@ParameterizedTest
	@ValueSource(strings = {
			"INSERT INTO audit_event (id, occurred_at, action, outcome) "
					+ "VALUES (gen_random_uuid(), now(), 'TEST', 'SUCCESS')",
			"UPDATE account SET name = 'x'", "DELETE FROM account" })
	void backupRoleCannotWrite(String statement) {
		assertThatThrownBy(() -> execute("pettoyou_backup", statement)).isInstanceOf(SQLException.class)
			.extracting((ex) -> ((SQLException) ex).getSQLState())
			.isEqualTo(INSUFFICIENT_PRIVILEGE);
	}

	@Test
	void backupRoleCanRead() throws SQLException {
		execute("pettoyou_backup", "SELECT count(*) FROM account");
		execute("pettoyou_backup", "SELECT count(*) FROM audit_event");
	}

	@Test
	void monitoringRoleHasMonitorRights() throws SQLException {
		RoleLogin login = TestServices.services().login("pettoyou_monitor");
		try (Connection connection = DriverManager.getConnection(login.url(), login.user(), login.password());
				Statement sql = connection.createStatement();
				var rows = sql.executeQuery("SELECT pg_has_role('pettoyou_monitor', 'pg_monitor', 'MEMBER')")) {
			assertThat(rows.next()).isTrue();
			assertThat(rows.getBoolean(1)).isTrue();
		}
	}

	private static void execute(String role, String statement) throws SQLException {
		RoleLogin login = TestServices.services().login(role);
		try (Connection connection = DriverManager.getConnection(login.url(), login.user(), login.password());
				Statement sql = connection.createStatement()) {
			sql.execute(statement);
		}
	}

}
