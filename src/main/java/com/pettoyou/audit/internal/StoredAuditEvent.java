package com.pettoyou.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One {@code audit_event} row as stored, with {@code details} as the JSON text that
 * PostgreSQL returns.
 */
record StoredAuditEvent(UUID id, Instant occurredAt, UUID actorId, String actorRole, String action, String resourceType,
		String resourceId, String outcome, String clientAddress, String userAgent, String correlationId, String purpose,
		String legalBasis, String details) {

	/**
	 * Column list for a {@code SELECT} that {@link #map} reads, with table alias
	 * {@code e}.
	 */
	static final String COLUMNS = "e.id, e.occurred_at, e.actor_id, e.actor_role, e.action, e.resource_type, "
			+ "e.resource_id, e.outcome, e.client_address, e.user_agent, e.correlation_id, e.purpose, "
			+ "e.legal_basis, e.details::text AS details";

	static StoredAuditEvent map(ResultSet row, int rowNumber) throws SQLException {
		return new StoredAuditEvent(row.getObject("id", UUID.class),
				row.getObject("occurred_at", OffsetDateTime.class).toInstant(), row.getObject("actor_id", UUID.class),
				row.getString("actor_role"), row.getString("action"), row.getString("resource_type"),
				row.getString("resource_id"), row.getString("outcome"), row.getString("client_address"),
				row.getString("user_agent"), row.getString("correlation_id"), row.getString("purpose"),
				row.getString("legal_basis"), row.getString("details"));
	}

}
