package com.pettoyou.monitoring.alerts;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.pettoyou.monitoring.SecurityActivity;

/**
 * Counts failed logins, rate-limit rejections and alerts per UTC hour, by the injected
 * clock, for the console's charts.
 */
@Repository
class HourlyActivityQuery implements SecurityActivity {

	static final int MAX_HOURS = 24 * 31;

	private final JdbcClient jdbc;

	private final Clock clock;

	HourlyActivityQuery(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public List<HourlyActivity> lastHours(int hours) {
		if (hours < 1 || hours > MAX_HOURS) {
			throw new IllegalArgumentException("hours must be 1 to " + MAX_HOURS + ", but it is " + hours);
		}
		Instant first = this.clock.instant().truncatedTo(ChronoUnit.HOURS).minus(hours - 1L, ChronoUnit.HOURS);
		Map<Long, Long> failedLogins = perHour("security_event", "type = 'LOGIN_FAILED'", first);
		Map<Long, Long> rateLimitHits = perHour("security_event", "type = 'RATE_LIMIT_EXCEEDED'", first);
		Map<Long, Long> alerts = perHour("security_alert", "TRUE", first);
		List<HourlyActivity> points = new ArrayList<>(hours);
		for (int i = 0; i < hours; i++) {
			Instant start = first.plus(i, ChronoUnit.HOURS);
			long key = start.getEpochSecond() / 3600;
			points.add(new HourlyActivity(start, failedLogins.getOrDefault(key, 0L),
					rateLimitHits.getOrDefault(key, 0L), alerts.getOrDefault(key, 0L)));
		}
		return points;
	}

	private Map<Long, Long> perHour(String table, String condition, Instant first) {
		Map<Long, Long> counts = new HashMap<>();
		this.jdbc
			.sql("SELECT floor(extract(epoch FROM occurred_at) / 3600) AS hour, count(*) AS n FROM " + table + " WHERE "
					+ condition + " AND occurred_at >= :first GROUP BY 1")
			.param("first", Timestamp.from(first))
			.query((rs) -> {
				counts.put(rs.getLong("hour"), rs.getLong("n"));
			});
		return counts;
	}

}
