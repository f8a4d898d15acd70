package com.pettoyou.monitoring.metrics;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import com.pettoyou.audit.AuditChainStatus;
import com.pettoyou.audit.AuditChainStatus.ChainCheck;
import com.pettoyou.common.Actor;
import com.pettoyou.common.AdjustableClock;

import static org.assertj.core.api.Assertions.assertThat;

/** The audit chain gauges for each state of the newest verification. */
class AuditChainMetricsTest {

	private static final Instant CHECKED_AT = Instant.parse("2026-03-01T09:00:00Z");

	private final AdjustableClock clock = new AdjustableClock(java.time.Clock.fixed(CHECKED_AT, ZoneOffset.UTC));

	private final MeterRegistry registry = new SimpleMeterRegistry();

	private final FixedStatus status = new FixedStatus();

	@Test
	void beforeFirstCheckReadsMinusOne() {
		withStatus();

		assertThat(gauge(MetricNames.AUDIT_CHAIN_VALID)).isEqualTo(-1);
		assertThat(gauge(MetricNames.AUDIT_CHAIN_VERIFICATION_AGE)).isEqualTo(-1);
	}

	@Test
	void validCheckReadsOneAndAge() {
		withStatus();
		status.last = new ChainCheck(true, 42, null, CHECKED_AT);

		clock.advance(Duration.ofSeconds(90));

		assertThat(gauge(MetricNames.AUDIT_CHAIN_VALID)).isEqualTo(1);
		assertThat(gauge(MetricNames.AUDIT_CHAIN_VERIFICATION_AGE)).isEqualTo(90);
	}

	@Test
	void brokenCheckReadsZero() {
		withStatus();
		status.last = new ChainCheck(false, 7, 8L, CHECKED_AT);

		assertThat(gauge(MetricNames.AUDIT_CHAIN_VALID)).isEqualTo(0);
		assertThat(gauge(MetricNames.AUDIT_CHAIN_VERIFICATION_AGE)).isEqualTo(0);
	}

	@Test
	void ageIsInSeconds() {
		withStatus();
		status.last = new ChainCheck(true, 1, null, CHECKED_AT);

		assertThat(registry.get(MetricNames.AUDIT_CHAIN_VERIFICATION_AGE).gauge().getId().getBaseUnit())
			.isEqualTo("seconds");
	}

	private void withStatus() {
		new AuditChainMetrics(registry, status, clock);
	}

	private double gauge(String name) {
		return registry.get(name).gauge().value();
	}

	/** A chain status whose newest check the test sets. */
	private static final class FixedStatus implements AuditChainStatus {

		ChainCheck last;

		@Override
		public ChainCheck verifyNow(Actor auditor) {
			throw new UnsupportedOperationException("not used by the gauges");
		}

		@Override
		public Optional<ChainCheck> lastCheck() {
			return Optional.ofNullable(last);
		}

	}

}
