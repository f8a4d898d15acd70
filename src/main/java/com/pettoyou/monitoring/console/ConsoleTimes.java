package com.pettoyou.monitoring.console;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Formats the times that the console shows, all in UTC. */
final class ConsoleTimes {

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
		.withZone(ZoneOffset.UTC);

	private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC);

	private ConsoleTimes() {
	}

	static String dateTime(Instant instant) {
		return DATE_TIME.format(instant);
	}

	/** Returns the hour and minute, such as {@code 13:00}. */
	static String hour(Instant instant) {
		return HOUR.format(instant);
	}

}
