package com.pettoyou.payments;

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

/** The application role deletes no claim, payout account or payout row. */
@PaymentsIntegrationTest
class ClaimTableRightsTest {

	private static final String INSUFFICIENT_PRIVILEGE = "42501";

	@ParameterizedTest
	@ValueSource(strings = { "DELETE FROM insurance_claim", "DELETE FROM insurance_claim_health_note",
			"DELETE FROM insurance_claim_document", "DELETE FROM payout_account", "DELETE FROM payout",
			"TRUNCATE insurance_claim", "TRUNCATE payout", "ALTER TABLE payout ADD COLUMN extra int" })
	void applicationRoleCannot(String statement) {
		assertThatThrownBy(() -> execute(statement)).isInstanceOf(SQLException.class)
			.extracting((ex) -> ((SQLException) ex).getSQLState())
			.isEqualTo(INSUFFICIENT_PRIVILEGE);
	}

	@Test
	void applicationRoleCanReadAndUpdate() throws SQLException {
		execute("UPDATE insurance_claim SET updated_at = updated_at WHERE false");
		execute("UPDATE payout SET updated_at = updated_at WHERE false");
		execute("UPDATE payout_account SET updated_at = updated_at WHERE false");
		execute("SELECT count(*) FROM insurance_claim_health_note");
	}

	private static void execute(String statement) throws SQLException {
		RoleLogin login = TestServices.services().login("pettoyou_app");
		try (Connection connection = DriverManager.getConnection(login.url(), login.user(), login.password());
				Statement sql = connection.createStatement()) {
			sql.execute(statement);
		}
	}

}
