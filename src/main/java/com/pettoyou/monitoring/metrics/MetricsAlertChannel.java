package com.pettoyou.monitoring.metrics;

import java.util.EnumMap;
import java.util.Map;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

import com.pettoyou.common.SecurityEvent.Severity;
import com.pettoyou.monitoring.SecurityAlert;
import com.pettoyou.monitoring.alerts.AlertChannel;

/**
 * Counts alerts by level. Every level is registered at startup, so each series exists at
 * zero before the first alert and a rate over it is defined.
 */
@Component
class MetricsAlertChannel implements AlertChannel {

	private final Map<Severity, Counter> alerts = new EnumMap<>(Severity.class);

	MetricsAlertChannel(MeterRegistry registry) {
		for (Severity level : Severity.values()) {
			this.alerts.put(level,
					Counter.builder(MetricNames.ALERTS)
						.description("Alerts raised by the monitoring rules, by level")
						.tag(MetricNames.LEVEL_TAG, level.name())
						.register(registry));
		}
	}

	@Override
	public String name() {
		return "metrics";
	}

	@Override
	public Severity minimumLevel() {
		return Severity.INFO;
	}

	@Override
	public void deliver(SecurityAlert alert) {
		Counter counter = (alert.level() != null) ? this.alerts.get(alert.level()) : null;
		if (counter != null) {
			counter.increment();
		}
	}

}
