package com.pettoyou.monitoring.metrics;

/**
 * Names of the security meters, in Micrometer's dotted form. The Prometheus endpoint
 * writes them with underscores, adds {@code _total} to counters and the base unit to
 * gauges that have one. Tags carry fixed codes only, never an account id, a client
 * address, an email address or another unbounded value.
 */
public final class MetricNames {

	/** Rejected logins: wrong password, unknown account, or a locked email. */
	public static final String LOGIN_FAILURES = "pettoyou.security.login.failures";

	/** Emails locked after too many failed logins. */
	public static final String LOCKOUTS = "pettoyou.security.lockouts";

	/**
	 * Rate-limit buckets found empty, one per bucket and refill window, tagged by policy.
	 */
	public static final String RATE_LIMIT_HITS = "pettoyou.security.ratelimit.hits";

	/** Requests of authenticated callers that were rejected with 403. */
	public static final String AUTHORIZATION_DENIALS = "pettoyou.security.authorization.denials";

	/** Alerts raised by the monitoring rules, tagged by level. */
	public static final String ALERTS = "pettoyou.security.alerts";

	/** Every security event, tagged by type. */
	public static final String EVENTS = "pettoyou.security.events";

	/**
	 * 1 when the newest audit chain verification found the chain valid, 0 when broken, -1
	 * before the first.
	 */
	public static final String AUDIT_CHAIN_VALID = "pettoyou.audit.chain.valid";

	/** Seconds since the newest audit chain verification, or -1 before the first. */
	public static final String AUDIT_CHAIN_VERIFICATION_AGE = "pettoyou.audit.chain.verification.age";

	/** Sessions stored in Redis, shared by every instance. */
	public static final String LIVE_SESSIONS = "pettoyou.sessions.live";

	public static final String POLICY_TAG = "policy";

	public static final String LEVEL_TAG = "level";

	public static final String TYPE_TAG = "type";

	private MetricNames() {
	}

}
