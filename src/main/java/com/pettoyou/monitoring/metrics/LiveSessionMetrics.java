package com.pettoyou.monitoring.metrics;

import java.time.Clock;
import java.time.Instant;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

import com.pettoyou.identity.LiveSessions;

/**
 * The live-session gauge. Counting scans Redis, so a count is reused until it is older
 * than {@link MetricsProperties#sessionCountMaxAge()} on the injected clock, however
 * often the endpoint is scraped. While Redis cannot be reached the gauge reads NaN, and
 * the next attempt waits for the same interval.
 */
@Component
class LiveSessionMetrics {

	private static final Logger log = LoggerFactory.getLogger(LiveSessionMetrics.class);

	private final LiveSessions sessions;

	private final MetricsProperties properties;

	private final Clock clock;

	private double cachedCount = Double.NaN;

	private Instant countedAt;

	LiveSessionMetrics(MeterRegistry registry, LiveSessions sessions, MetricsProperties properties, Clock clock) {
		this.sessions = sessions;
		this.properties = properties;
		this.clock = clock;
		Gauge.builder(MetricNames.LIVE_SESSIONS, this, LiveSessionMetrics::count)
			.description("Sessions stored in Redis across every instance, recounted at most once per "
					+ "pettoyou.metrics.session-count-max-age")
			.register(registry);
	}

	synchronized double count() {
		Instant now = this.clock.instant();
		if (this.countedAt != null && now.isBefore(this.countedAt.plus(this.properties.sessionCountMaxAge()))) {
			return this.cachedCount;
		}
		try {
			this.cachedCount = this.sessions.count();
		}
		catch (DataAccessException ex) {
			log.atWarn()
				.setCause(ex)
				.log("Counting live sessions in Redis failed, so the gauge reads NaN until the next count");
			this.cachedCount = Double.NaN;
		}
		this.countedAt = now;
		return this.cachedCount;
	}

}
