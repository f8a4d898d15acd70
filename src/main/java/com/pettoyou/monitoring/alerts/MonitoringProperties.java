package com.pettoyou.monitoring.alerts;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import com.pettoyou.common.SecurityEvent.Severity;

/**
 * Settings under {@code pettoyou.monitoring}.
 *
 * @param queueCapacity security events waiting to be stored; beyond it new events are
 * dropped and counted in the log
 * @param rules one entry per alert rule, by the names in {@link AlertRules#NAMES}
 */
@ConfigurationProperties("pettoyou.monitoring")
record MonitoringProperties(@DefaultValue("10000") int queueCapacity, Map<String, RuleSettings> rules) {

	MonitoringProperties {
		if (queueCapacity < 1) {
			throw new IllegalArgumentException(
					"pettoyou.monitoring.queue-capacity must be at least 1, but it is " + queueCapacity);
		}
		rules = (rules != null) ? Map.copyOf(rules) : Map.of();
		Set<String> missing = new TreeSet<>(AlertRules.NAMES);
		missing.removeAll(rules.keySet());
		if (!missing.isEmpty()) {
			throw new IllegalArgumentException("pettoyou.monitoring.rules lacks settings for " + missing);
		}
		Set<String> unknown = new TreeSet<>(rules.keySet());
		unknown.removeAll(AlertRules.NAMES);
		if (!unknown.isEmpty()) {
			throw new IllegalArgumentException("pettoyou.monitoring.rules has unknown rules " + unknown);
		}
		rules.forEach((name, settings) -> settings.check(name));
	}

	/** Returns the settings of one rule. */
	RuleSettings rule(String name) {
		return this.rules.get(name);
	}

	/**
	 * Settings of one rule.
	 *
	 * @param enabled whether the rule raises alerts at all
	 * @param level the level of its alerts
	 * @param threshold for counting rules, how many events within {@code window} raise
	 * the alert; 1 for the others
	 * @param window how far back counting rules look, and how far back the new-network
	 * rule looks for earlier logins
	 * @param quietPeriod how long after an alert's newest event a repeat about the same
	 * subject is folded into it instead of raising a new alert. Zero raises one alert per
	 * event.
	 */
	record RuleSettings(@DefaultValue("true") boolean enabled, Severity level, @DefaultValue("1") int threshold,
			@DefaultValue("PT5M") Duration window, @DefaultValue("PT1H") Duration quietPeriod) {

		void check(String name) {
			String prefix = "pettoyou.monitoring.rules." + name + ".";
			if (this.level == null) {
				throw new IllegalArgumentException(prefix + "level is required");
			}
			if (this.threshold < 1) {
				throw new IllegalArgumentException(prefix + "threshold must be at least 1");
			}
			if (this.window.isNegative() || this.window.isZero()) {
				throw new IllegalArgumentException(prefix + "window must be positive");
			}
			if (this.quietPeriod.isNegative()) {
				throw new IllegalArgumentException(prefix + "quiet-period must not be negative");
			}
		}

	}

}
