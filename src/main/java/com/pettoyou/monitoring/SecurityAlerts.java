package com.pettoyou.monitoring;

import java.util.List;

/**
 * Reads stored alerts.
 */
public interface SecurityAlerts {

	/** Returns up to {@code limit} alerts, newest first. */
	List<SecurityAlert> recent(int limit);

}
