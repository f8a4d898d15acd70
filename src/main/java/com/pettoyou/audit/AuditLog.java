package com.pettoyou.audit;

/**
 * Writes audit events. Each call joins the caller's transaction, so an event exists
 * exactly when the change it records was committed. Outside a transaction the event
 * commits on its own.
 */
public interface AuditLog {

	/**
	 * Records one event with the current time, client address, User-Agent and correlation
	 * id.
	 */
	void record(AuditEntry entry);

}
