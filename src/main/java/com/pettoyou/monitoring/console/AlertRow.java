package com.pettoyou.monitoring.console;

import java.util.Locale;

import com.pettoyou.monitoring.SecurityAlert;

/**
 * One row of the console's alert table.
 *
 * @param level {@code INFO}, {@code WARNING} or {@code CRITICAL}
 * @param levelClass the CSS class for the level, such as {@code level-critical}
 * @param category the area the alert concerns
 * @param rule the rule that raised it
 * @param message the alert's one-line message
 * @param occurrences how many times the rule fired for this incident
 * @param lastSeenAt when the newest event of the incident happened, formatted in UTC
 */
record AlertRow(String level, String levelClass, String category, String rule, String message, int occurrences,
		String lastSeenAt) {

	static AlertRow of(SecurityAlert alert) {
		String level = alert.level().name();
		return new AlertRow(level, "level-" + level.toLowerCase(Locale.ROOT), alert.category(), alert.rule(),
				alert.message(), alert.occurrences(), ConsoleTimes.dateTime(alert.lastSeenAt()));
	}

}
