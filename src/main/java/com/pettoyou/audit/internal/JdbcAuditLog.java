package com.pettoyou.audit.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import com.pettoyou.audit.AuditEntry;
import com.pettoyou.audit.AuditLog;
import com.pettoyou.common.RequestMetadata;

/** Inserts audit events into {@code audit_event} with plain parameterized SQL. */
@Component
class JdbcAuditLog implements AuditLog {

	private static final int USER_AGENT_MAX_LENGTH = 512;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final JsonMapper json = JsonMapper.builder().build();

	JdbcAuditLog(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	@Transactional(propagation = Propagation.REQUIRED)
	public void record(AuditEntry entry) {
		RequestMetadata request = RequestMetadata.current();
		jdbc.sql("""
				INSERT INTO audit_event (id, occurred_at, actor_id, actor_role, action, resource_type, resource_id,
				    outcome, client_address, user_agent, correlation_id, details)
				VALUES (:id, :occurredAt, :actorId, :actorRole, :action, :resourceType, :resourceId,
				    :outcome, :clientAddress, :userAgent, :correlationId, CAST(:details AS jsonb))
				""")
			.param("id", UUID.randomUUID())
			.param("occurredAt", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
			.param("actorId", entry.actorId())
			.param("actorRole", entry.actorRole())
			.param("action", entry.action())
			.param("resourceType", entry.resourceType())
			.param("resourceId", entry.resourceId())
			.param("outcome", entry.outcome().name())
			.param("clientAddress", request.clientAddress())
			.param("userAgent", truncate(request.userAgent()))
			.param("correlationId", request.correlationId())
			.param("details", json.writeValueAsString(entry.details()))
			.update();
	}

	private static String truncate(String value) {
		return (value == null || value.length() <= USER_AGENT_MAX_LENGTH) ? value
				: value.substring(0, USER_AGENT_MAX_LENGTH);
	}

}
