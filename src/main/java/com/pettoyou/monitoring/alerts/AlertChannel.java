package com.pettoyou.monitoring.alerts;

import com.pettoyou.common.SecurityEvent.Severity;
import com.pettoyou.monitoring.SecurityAlert;

/**
 * Somewhere alerts are sent. The dispatcher calls {@link #deliver} on its own threads,
 * after the alert is stored, and never on the thread of the request that raised the
 * event; a channel may take its time and retry, and must not throw for a failed delivery.
 */
public interface AlertChannel {

	/** Returns a short lower-case name for logs and metrics, such as {@code webhook}. */
	String name();

	/** Returns the lowest level this channel receives. */
	Severity minimumLevel();

	/** Sends one alert. */
	void deliver(SecurityAlert alert);

}
