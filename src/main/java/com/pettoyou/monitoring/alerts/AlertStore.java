package com.pettoyou.monitoring.alerts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.pettoyou.common.PageResponse;
import com.pettoyou.common.SecurityEvent.Severity;
import com.pettoyou.monitoring.SecurityAlert;
import com.pettoyou.monitoring.SecurityAlerts;

/**
 * The {@code security_alert} table. Raising an alert takes an advisory lock on its rule
 * and subject for the rest of the transaction, so instances that see the same incident at
 * once still store one alert.
 */
@Repository
class AlertStore implements SecurityAlerts {

	private static final String LOCK_NAMESPACE = "security_alert:";

	private static final String COLUMNS = "id, level, category, rule, message, occurred_at, last_seen_at, occurrences";

	private final JdbcClient jdbc;

	AlertStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Stores a new alert, or folds the candidate into the open alert of the same rule and
	 * subject whose newest event lies within the quiet period. Must run in a transaction.
	 * @return the new alert, or empty when the candidate was folded into an open one
	 */
	Optional<SecurityAlert> raise(AlertCandidate candidate, Instant now) {
		this.jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(:key, 0))")
			.param("key", LOCK_NAMESPACE + candidate.rule() + ":" + candidate.subject())
			.query()
			.singleRow();
		if (!candidate.quietPeriod().isZero() && foldIntoOpen(candidate)) {
			return Optional.empty();
		}
		SecurityAlert alert = new SecurityAlert(UUID.randomUUID(), candidate.level(), candidate.category(),
				candidate.rule(), candidate.message(), candidate.occurredAt(), candidate.occurredAt(), 1);
		this.jdbc.sql("""
				INSERT INTO security_alert (id, level, category, rule, subject, message, occurred_at, last_seen_at,
				    occurrences, created_at)
				VALUES (:id, :level, :category, :rule, :subject, :message, :occurred, :occurred, 1, :now)
				""")
			.param("id", alert.id())
			.param("level", alert.level().name())
			.param("category", alert.category())
			.param("rule", alert.rule())
			.param("subject", candidate.subject())
			.param("message", alert.message())
			.param("occurred", Timestamp.from(alert.occurredAt()))
			.param("now", Timestamp.from(now))
			.update();
		return Optional.of(alert);
	}

	/**
	 * Folds the candidate into the newest alert of its rule and subject that was last
	 * seen within the quiet period before it. That alert must also have begun no later
	 * than the quiet period after the candidate, so a late event cannot join a later
	 * incident.
	 */
	private boolean foldIntoOpen(AlertCandidate candidate) {
		Instant since = candidate.occurredAt().minus(candidate.quietPeriod());
		Instant until = candidate.occurredAt().plus(candidate.quietPeriod());
		return this.jdbc.sql("""
				UPDATE security_alert
				SET occurrences = occurrences + 1, last_seen_at = greatest(last_seen_at, :seen)
				WHERE id = (SELECT id FROM security_alert
				            WHERE rule = :rule AND subject = :subject AND last_seen_at >= :since
				              AND occurred_at <= :until
				            ORDER BY last_seen_at DESC LIMIT 1)
				""")
			.param("seen", Timestamp.from(candidate.occurredAt()))
			.param("rule", candidate.rule())
			.param("subject", candidate.subject())
			.param("since", Timestamp.from(since))
			.param("until", Timestamp.from(until))
			.update() == 1;
	}

	@Override
	public List<SecurityAlert> recent(int limit) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM security_alert ORDER BY occurred_at DESC, id LIMIT :limit")
			.param("limit", limit)
			.query(AlertStore::alert)
			.list();
	}

	/**
	 * Returns one page of alerts, newest first.
	 * @param level only this level, or {@code null} for all
	 * @param from only alerts that occurred at or after this, or {@code null}
	 * @param to only alerts that occurred before this, or {@code null}
	 */
	PageResponse<SecurityAlert> search(Severity level, Instant from, Instant to, int page, int size) {
		String where = """
				WHERE (CAST(:level AS text) IS NULL OR level = :level)
				  AND (CAST(:from AS timestamptz) IS NULL OR occurred_at >= :from)
				  AND (CAST(:to AS timestamptz) IS NULL OR occurred_at < :to)
				""";
		String levelName = (level != null) ? level.name() : null;
		Timestamp fromTime = (from != null) ? Timestamp.from(from) : null;
		Timestamp toTime = (to != null) ? Timestamp.from(to) : null;
		List<SecurityAlert> items = this.jdbc
			.sql("SELECT " + COLUMNS + " FROM security_alert " + where
					+ " ORDER BY occurred_at DESC, id LIMIT :size OFFSET :offset")
			.param("level", levelName)
			.param("from", fromTime)
			.param("to", toTime)
			.param("size", size)
			.param("offset", (long) page * size)
			.query(AlertStore::alert)
			.list();
		long total = this.jdbc.sql("SELECT count(*) FROM security_alert " + where)
			.param("level", levelName)
			.param("from", fromTime)
			.param("to", toTime)
			.query(Long.class)
			.single();
		return new PageResponse<>(items, page, size, total);
	}

	private static SecurityAlert alert(ResultSet rs, int row) throws SQLException {
		return new SecurityAlert(rs.getObject("id", UUID.class), Severity.valueOf(rs.getString("level")),
				rs.getString("category"), rs.getString("rule"), rs.getString("message"),
				rs.getTimestamp("occurred_at").toInstant(), rs.getTimestamp("last_seen_at").toInstant(),
				rs.getInt("occurrences"));
	}

}
