package com.pettoyou.monitoring.alerts;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;
import org.springframework.stereotype.Component;

import com.pettoyou.common.LogKeys;
import com.pettoyou.common.SecurityEvent.Severity;
import com.pettoyou.monitoring.SecurityAlert;

/**
 * Writes every alert to the application log: critical alerts at ERROR, warnings at WARN
 * and the rest at INFO, with the alert's id, level, rule and category as keys.
 */
@Component
class LogAlertChannel implements AlertChannel {

	private static final Logger log = LoggerFactory.getLogger(LogAlertChannel.class);

	@Override
	public String name() {
		return "log";
	}

	@Override
	public Severity minimumLevel() {
		return Severity.INFO;
	}

	@Override
	public void deliver(SecurityAlert alert) {
		Level level = switch (alert.level()) {
			case CRITICAL -> Level.ERROR;
			case WARNING -> Level.WARN;
			case INFO -> Level.INFO;
		};
		log.atLevel(level)
			.addKeyValue(LogKeys.ALERT_ID, alert.id())
			.addKeyValue(LogKeys.ALERT_LEVEL, alert.level())
			.addKeyValue(LogKeys.ALERT_RULE, alert.rule())
			.addKeyValue(LogKeys.CATEGORY, alert.category())
			.log("Security alert: {}", alert.message());
	}

}
