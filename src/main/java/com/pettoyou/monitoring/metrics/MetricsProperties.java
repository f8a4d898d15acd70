package com.pettoyou.monitoring.metrics;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the security metrics.
 *
 * @param sessionCountMaxAge how long the live-session gauge reuses a count before it
 * scans Redis again, or zero to scan on every read
 */
@ConfigurationProperties("pettoyou.metrics")
public record MetricsProperties(@DefaultValue("30s") Duration sessionCountMaxAge) {

	public MetricsProperties {
		if (sessionCountMaxAge.isNegative()) {
			throw new IllegalArgumentException(
					"pettoyou.metrics.session-count-max-age must not be negative, but was " + sessionCountMaxAge);
		}
	}

}
