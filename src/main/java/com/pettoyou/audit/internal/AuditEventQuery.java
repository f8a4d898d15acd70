package com.pettoyou.audit.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.pettoyou.common.PageResponse;

/**
 * Searches {@code audit_event} with optional filters, newest first. Every filter value is
 * a bound parameter, and only fixed SQL fragments are concatenated.
 */
class AuditEventQuery {

	private final JdbcClient jdbc;

	private final JsonMapper json = JsonMapper.builder().build();

	AuditEventQuery(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Returns one page of matching events with their chain sequence, or {@code null} for
	 * an event that is not chained yet.
	 */
	PageResponse<AuditEventView> search(Filter filter, int page, int size) {
		List<String> conditions = new ArrayList<>();
		Map<String, Object> params = new LinkedHashMap<>();
		addCondition(conditions, params, "e.actor_id = :actorId", "actorId", filter.actorId());
		addCondition(conditions, params, "e.action = :action", "action", filter.action());
		addCondition(conditions, params, "e.resource_type = :resourceType", "resourceType", filter.resourceType());
		addCondition(conditions, params, "e.resource_id = :resourceId", "resourceId", filter.resourceId());
		addCondition(conditions, params, "e.occurred_at >= :from", "from", utc(filter.from()));
		addCondition(conditions, params, "e.occurred_at < :to", "to", utc(filter.to()));
		String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);

		long total = this.jdbc.sql("SELECT count(*) FROM audit_event e" + where)
			.params(params)
			.query(Long.class)
			.single();
		List<AuditEventView> items = this.jdbc
			.sql("SELECT c.sequence, " + StoredAuditEvent.COLUMNS
					+ " FROM audit_event e LEFT JOIN audit_chain c ON c.event_id = e.id" + where
					+ " ORDER BY e.occurred_at DESC, e.id DESC LIMIT :limit OFFSET :offset")
			.params(params)
			.param("limit", size)
			.param("offset", (long) page * size)
			.query((row, n) -> view(row.getObject("sequence", Long.class), StoredAuditEvent.map(row, n)))
			.list();
		return new PageResponse<>(items, page, size, total);
	}

	private AuditEventView view(Long sequence, StoredAuditEvent event) {
		JsonNode details = this.json.readTree((event.details() != null) ? event.details() : "{}");
		return new AuditEventView(event.id(), sequence, event.occurredAt(), event.actorId(), event.actorRole(),
				event.action(), event.resourceType(), event.resourceId(), event.outcome(), event.clientAddress(),
				event.userAgent(), event.correlationId(), event.purpose(), event.legalBasis(), details);
	}

	private static void addCondition(List<String> conditions, Map<String, Object> params, String condition, String name,
			Object value) {
		if (value != null) {
			conditions.add(condition);
			params.put(name, value);
		}
	}

	private static OffsetDateTime utc(Instant instant) {
		return (instant != null) ? instant.atOffset(ZoneOffset.UTC) : null;
	}

	/**
	 * Search filters; {@code null} matches everything.
	 *
	 * @param from inclusive lower bound of {@code occurred_at}
	 * @param to exclusive upper bound of {@code occurred_at}
	 */
	record Filter(UUID actorId, String action, String resourceType, String resourceId, Instant from, Instant to) {

		/**
		 * Returns the filters that are set, by parameter name, as text for audit details.
		 */
		Map<String, String> asDetails() {
			Map<String, String> details = new LinkedHashMap<>();
			putIfSet(details, "actorId", this.actorId);
			putIfSet(details, "action", this.action);
			putIfSet(details, "resourceType", this.resourceType);
			putIfSet(details, "resourceId", this.resourceId);
			putIfSet(details, "from", this.from);
			putIfSet(details, "to", this.to);
			return details;
		}

		private static void putIfSet(Map<String, String> details, String name, Object value) {
			if (value != null) {
				details.put(name, value.toString());
			}
		}

	}

	/** One audit event as returned by the API. */
	record AuditEventView(UUID id, Long sequence, Instant occurredAt, UUID actorId, String actorRole, String action,
			String resourceType, String resourceId, String outcome, String clientAddress, String userAgent,
			String correlationId, String purpose, String legalBasis, JsonNode details) {

	}

}
