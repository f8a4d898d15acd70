package com.pettoyou.monitoring.metrics;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import com.pettoyou.common.SecurityEvent;
import com.pettoyou.common.SecurityEvent.Severity;
import com.pettoyou.monitoring.SecurityAlert;

import static org.assertj.core.api.Assertions.assertThat;

/** Tag values of the security counters stay fixed codes whatever an event carries. */
class SecurityEventMetricsTest {

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	private final SecurityEventMetrics metrics = new SecurityEventMetrics(registry);

	@Test
	void tagsCarryNoAccountOrAddress() {
		UUID accountId = UUID.randomUUID();

		metrics.on(event("RATE_LIMIT_EXCEEDED", accountId, Map.of("policy", "login")));

		for (Meter meter : registry.getMeters()) {
			for (Tag tag : meter.getId().getTags()) {
				assertThat(tag.getValue()).as(meter.getId().toString()).doesNotContain(accountId.toString());
				assertThat(tag.getValue()).as(meter.getId().toString()).doesNotContain("192.0.2.10");
			}
		}
		assertThat(registry.get(MetricNames.RATE_LIMIT_HITS).tag("policy", "login").counter().count()).isEqualTo(1);
	}

	@Test
	void oddPolicyCountsAsOther() {
		metrics.on(event("RATE_LIMIT_EXCEEDED", null, Map.of("policy", "owner@example.test")));
		metrics.on(event("RATE_LIMIT_EXCEEDED", null, Map.of()));

		assertThat(registry.get(MetricNames.RATE_LIMIT_HITS).tag("policy", "other").counter().count()).isEqualTo(2);
		assertThat(registry.find(MetricNames.RATE_LIMIT_HITS).counters()).hasSize(1);
	}

	@Test
	void oddTypeCountsAsOther() {
		metrics.on(event("lower case type", null, Map.of()));
		metrics.on(event("A".repeat(65), null, Map.of()));

		assertThat(registry.get(MetricNames.EVENTS).tag("type", "OTHER").counter().count()).isEqualTo(2);
	}

	@Test
	void distinctTypesAreCapped() {
		for (int i = 0; i < 150; i++) {
			metrics.on(event("TYPE_" + letters(i), null, Map.of()));
		}

		assertThat(registry.find(MetricNames.EVENTS).counters()).hasSize(101);
		assertThat(registry.get(MetricNames.EVENTS).tag("type", "OTHER").counter().count()).isEqualTo(50);
	}

	@Test
	void alertLevelsStartAtZero() {
		MetricsAlertChannel channel = new MetricsAlertChannel(registry);

		channel.deliver(new SecurityAlert(UUID.randomUUID(), Severity.CRITICAL, "AUTHENTICATION", "TEST_RULE",
				"one line", Instant.EPOCH, Instant.EPOCH, 1));

		assertThat(registry.get(MetricNames.ALERTS).tag("level", "INFO").counter().count()).isZero();
		assertThat(registry.get(MetricNames.ALERTS).tag("level", "WARNING").counter().count()).isZero();
		assertThat(registry.get(MetricNames.ALERTS).tag("level", "CRITICAL").counter().count()).isEqualTo(1);
		assertThat(channel.name()).isEqualTo("metrics");
		assertThat(channel.minimumLevel()).isEqualTo(Severity.INFO);
	}

	private static SecurityEvent event(String type, UUID accountId, Map<String, String> details) {
		return new SecurityEvent(type, Severity.WARNING, accountId, "192.0.2.10", Instant.EPOCH, details);
	}

	/**
	 * Returns a unique upper-case name for each number, since type tags allow no digits.
	 */
	private static String letters(int number) {
		return "" + (char) ('A' + number / 26) + (char) ('A' + number % 26);
	}

}
