package com.pettoyou.monitoring.metrics;

import java.time.Clock;
import java.time.Duration;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

import com.pettoyou.audit.AuditChainStatus;

/**
 * Gauges of the newest audit chain verification that this instance ran, read from
 * {@link AuditChainStatus} at each scrape. Both read -1 before the first verification.
 */
@Component
class AuditChainMetrics {

	static final double NOT_VERIFIED = -1;

	private final AuditChainStatus status;

	private final Clock clock;

	AuditChainMetrics(MeterRegistry registry, AuditChainStatus status, Clock clock) {
		this.status = status;
		this.clock = clock;
		Gauge.builder(MetricNames.AUDIT_CHAIN_VALID, this, AuditChainMetrics::valid)
			.description("1 when the newest audit chain verification found the chain valid, 0 when broken, "
					+ "-1 before the first")
			.register(registry);
		Gauge.builder(MetricNames.AUDIT_CHAIN_VERIFICATION_AGE, this, AuditChainMetrics::verificationAgeSeconds)
			.description("Seconds since the newest audit chain verification, -1 before the first")
			.baseUnit("seconds")
			.register(registry);
	}

	double valid() {
		return this.status.lastCheck().map((check) -> check.valid() ? 1.0 : 0.0).orElse(NOT_VERIFIED);
	}

	double verificationAgeSeconds() {
		return this.status.lastCheck().map((check) -> {
			Duration age = Duration.between(check.checkedAt(), this.clock.instant());
			return Math.max(0, age.toMillis()) / 1000.0;
		}).orElse(NOT_VERIFIED);
	}

}
