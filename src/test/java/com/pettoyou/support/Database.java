package com.pettoyou.support;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import com.pettoyou.local.TestServices;

/**
 * Direct read-only SQL checks against the test database, connected as its superuser so
 * that a test reads exactly what the application stored.
 */
public final class Database {

	private static JdbcClient jdbc;

	private Database() {
	}

	/** Returns a client on the test database with superuser rights. */
	public static synchronized JdbcClient jdbc() {
		if (jdbc == null) {
			jdbc = JdbcClient.create(new DriverManagerDataSource(TestServices.services().adminJdbcUrl()));
		}
		return jdbc;
	}

	/** Returns the stored password hash of an account, or {@code null} if none is set. */
	public static String passwordHash(UUID accountId) {
		return jdbc().sql("SELECT password_hash FROM account WHERE id = :id")
			.param("id", accountId)
			.query(String.class)
			.single();
	}

	/** Returns the audit events with this correlation id, oldest first. */
	public static List<AuditRow> auditByCorrelationId(String correlationId) {
		return jdbc()
			.sql("SELECT " + AuditRow.COLUMNS + " FROM audit_event WHERE correlation_id = :id ORDER BY occurred_at")
			.param("id", correlationId)
			.query(AuditRow::map)
			.list();
	}

	/** Returns the audit events with this action about this resource id, oldest first. */
	public static List<AuditRow> auditByActionAndResource(String action, String resourceId) {
		return jdbc()
			.sql("SELECT " + AuditRow.COLUMNS
					+ " FROM audit_event WHERE action = :action AND resource_id = :resource ORDER BY occurred_at")
			.param("action", action)
			.param("resource", resourceId)
			.query(AuditRow::map)
			.list();
	}

	/**
	 * One row of {@code audit_event}.
	 *
	 * @param details the {@code details} column as JSON text
	 */
	public record AuditRow(String action, String outcome, UUID actorId, String actorRole, String resourceType,
			String resourceId, String clientAddress, String userAgent, String correlationId, Instant occurredAt,
			String details) {

		static final String COLUMNS = "action, outcome, actor_id, actor_role, resource_type, resource_id, "
				+ "client_address, user_agent, correlation_id, occurred_at, details::text AS details";

		static AuditRow map(java.sql.ResultSet row, int rowNumber) throws java.sql.SQLException {
			return new AuditRow(row.getString("action"), row.getString("outcome"),
					row.getObject("actor_id", UUID.class), row.getString("actor_role"), row.getString("resource_type"),
					row.getString("resource_id"), row.getString("client_address"), row.getString("user_agent"),
					row.getString("correlation_id"), row.getObject("occurred_at", OffsetDateTime.class).toInstant(),
					row.getString("details"));
		}

	}

}
