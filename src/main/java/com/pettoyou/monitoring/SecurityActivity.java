package com.pettoyou.monitoring;

import java.time.Instant;
import java.util.List;

/**
 * Counts of stored security events and alerts per hour, for the console's charts.
 */
public interface SecurityActivity {

	/**
	 * Returns one point per hour for the last {@code hours} hours, oldest first, the last
	 * point being the current, unfinished hour. Hours without events have zero counts.
	 */
	List<HourlyActivity> lastHours(int hours);

	/**
	 * Counts of one hour.
	 *
	 * @param hourStart the start of the hour, UTC
	 * @param failedLogins logins refused for a wrong password or an unknown account
	 * @param rateLimitHits requests refused by a rate limit, one per bucket and window
	 * @param alerts alerts raised, of any level
	 */
	record HourlyActivity(Instant hourStart, long failedLogins, long rateLimitHits, long alerts) {
	}

}
