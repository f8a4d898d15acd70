package com.pettoyou.identity;

/**
 * The number of live sessions across every instance, for monitoring.
 */
public interface LiveSessions {

	/**
	 * Counts the sessions stored in Redis. This walks the whole keyspace with
	 * {@code SCAN}, so callers cache the result instead of calling it per request.
	 */
	long count();

}
