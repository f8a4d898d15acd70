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

/**
 * The application role deletes no insurance or payment row and cannot change the product
 * catalogue, which only migrations write.
 */
@PaymentsIntegrationTest
class PaymentTableRightsTest {

	private static final String INSUFFICIENT_PRIVILEGE = "42501";

	@ParameterizedTest
	@ValueSource(strings = { "DELETE FROM payment", "DELETE FROM payment_refund", "DELETE FROM payment_idempotency_key",
			"DELETE FROM payment_webhook_event", "DELETE FROM insurance_policy", "DELETE FROM insurance_product",
			"TRUNCATE payment", "ALTER TABLE payment ADD COLUMN extra int",
			"UPDATE insurance_product SET monthly_premium = 1",
			"INSERT INTO insurance_product (id, name, coverage_types, coverage_percent, deductible, annual_limit, "
					+ "monthly_premium, waiting_period_days, sort_order) VALUES (gen_random_uuid(), 'Free', "
					+ "ARRAY['GENERAL'], 100, 0, 1, 1, 0, 99)" })
	void applicationRoleCannot(String statement) {
		assertThatThrownBy(() -> execute(statement)).isInstanceOf(SQLException.class)
			.extracting((ex) -> ((SQLException) ex).getSQLState())
			.isEqualTo(INSUFFICIENT_PRIVILEGE);
	}

	@Test
	void applicationRoleCanReadAndUpdate() throws SQLException {
		execute("SELECT count(*) FROM insurance_product");
		execute("UPDATE payment SET updated_at = updated_at WHERE false");
		execute("UPDATE payment_idempotency_key SET completed_at = completed_at WHERE false");
		execute("UPDATE insurance_policy SET updated_at = updated_at WHERE false");
	}

	private static void execute(String statement) throws SQLException {
		RoleLogin login = TestServices.services().login("pettoyou_app");
		try (Connection connection = DriverManager.getConnection(login.url(), login.user(), login.password());
				Statement sql = connection.createStatement()) {
			sql.execute(statement);
		}
	}

}
