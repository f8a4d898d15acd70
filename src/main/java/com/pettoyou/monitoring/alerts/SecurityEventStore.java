package com.pettoyou.monitoring.alerts;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

import com.pettoyou.common.SecurityEvent;

/**
 * The {@code security_event} table: every security event that reached monitoring, and the
 * counts over time windows that the alert rules ask for. A window is the half-open
 * interval {@code (end - window, end]}.
 */
@Repository
class SecurityEventStore {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	SecurityEventStore(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	void insert(UUID id, SecurityEvent event, String network, Instant recordedAt) {
		this.jdbc.sql("""
				INSERT INTO security_event (id, type, severity, account_id, client_address, network, occurred_at,
				    details, recorded_at)
				VALUES (:id, :type, :severity, :account, :address, :network, :occurred, CAST(:details AS jsonb),
				    :recorded)
				""")
			.param("id", id)
			.param("type", event.type())
			.param("severity", event.severity().name())
			.param("account", event.accountId())
			.param("address", event.clientAddress())
			.param("network", network)
			.param("occurred", Timestamp.from(event.occurredAt()))
			.param("details", this.json.writeValueAsString(event.details()))
			.param("recorded", Timestamp.from(recordedAt))
			.update();
	}

	/** Counts events of a type on the whole platform. */
	long count(String type, Instant from, Instant to) {
		return inWindow("count(*)", "TRUE", type, from, to).query(Long.class).single();
	}

	/** Counts one account's events of a type. */
	long countForAccount(UUID accountId, String type, Instant from, Instant to) {
		return inWindow("count(*)", "account_id = :account", type, from, to).param("account", accountId)
			.query(Long.class)
			.single();
	}

	/** Counts one client address's events of a type. */
	long countForAddress(String clientAddress, String type, Instant from, Instant to) {
		return inWindow("count(*)", "client_address = :address", type, from, to).param("address", clientAddress)
			.query(Long.class)
			.single();
	}

	/**
	 * Adds up the whole-number detail {@code key} of one account's events of a type,
	 * leaving out events whose {@code purpose} detail is {@code exceptPurpose}.
	 */
	long sumForAccount(UUID accountId, String type, String key, String exceptPurpose, Instant from, Instant to) {
		return inWindow("""
				coalesce(sum(CASE WHEN details ->> :key ~ '^[0-9]{1,9}$'
				                  THEN CAST(details ->> :key AS bigint) ELSE 0 END), 0)""",
				"account_id = :account AND coalesce(details ->> 'purpose', '') <> :exceptPurpose", type, from, to)
			.param("key", key)
			.param("exceptPurpose", exceptPurpose)
			.param("account", accountId)
			.query(Long.class)
			.single();
	}

	/** Counts the distinct networks of one account's events of a type. */
	long distinctNetworks(UUID accountId, String type, Instant from, Instant to) {
		return inWindow("count(DISTINCT network)", "account_id = :account", type, from, to).param("account", accountId)
			.query(Long.class)
			.single();
	}

	/**
	 * Counts one account's events of a type from a network, other than the event
	 * {@code excluded}. A {@code null} network counts all networks.
	 */
	long countEarlier(UUID accountId, String type, String network, Instant from, Instant to, UUID excluded) {
		return inWindow("count(*)",
				"account_id = :account AND id <> :excluded AND (CAST(:network AS text) IS NULL OR network = :network)",
				type, from, to)
			.param("account", accountId)
			.param("network", network)
			.param("excluded", excluded)
			.query(Long.class)
			.single();
	}

	/**
	 * Starts a query of one aggregate over the events of a type within the window that
	 * also meet {@code condition}. Both fragments are constants of this class.
	 */
	private JdbcClient.StatementSpec inWindow(String aggregate, String condition, String type, Instant from,
			Instant to) {
		return this.jdbc
			.sql("SELECT " + aggregate + " FROM security_event WHERE " + condition
					+ " AND type = :type AND occurred_at > :from AND occurred_at <= :to")
			.param("type", type)
			.param("from", Timestamp.from(from))
			.param("to", Timestamp.from(to));
	}

}
