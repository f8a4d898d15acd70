package com.pettoyou.monitoring.metrics;

import java.util.regex.Pattern;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.pettoyou.common.SecurityEvent;

/**
 * Counts security events as they are published, on the publisher's thread, so a counter
 * has moved before the response to the request that raised the event is sent. Counters
 * are per instance, so Prometheus queries sum them across instances.
 */
@Component
class SecurityEventMetrics {

	static final String LOGIN_FAILED = "LOGIN_FAILED";

	static final String LOGIN_LOCKOUT = "LOGIN_LOCKOUT";

	static final String RATE_LIMIT_EXCEEDED = "RATE_LIMIT_EXCEEDED";

	static final String ACCESS_DENIED = "ACCESS_DENIED";

	/** Event types are fixed upper-case names, so more than this many means a bug. */
	private static final int MAX_EVENT_TYPES = 100;

	/** Rate-limit policies are named in configuration. */
	private static final int MAX_POLICIES = 50;

	private static final String OTHER = "other";

	private final MeterRegistry registry;

	private final Counter loginFailures;

	private final Counter lockouts;

	private final Counter authorizationDenials;

	private final BoundedTagValues eventTypes = new BoundedTagValues(Pattern.compile("[A-Z_]{1,64}"), MAX_EVENT_TYPES,
			OTHER.toUpperCase());

	private final BoundedTagValues policies = new BoundedTagValues(Pattern.compile("[a-z0-9][a-z0-9-]{0,63}"),
			MAX_POLICIES, OTHER);

	SecurityEventMetrics(MeterRegistry registry) {
		this.registry = registry;
		this.loginFailures = Counter.builder(MetricNames.LOGIN_FAILURES)
			.description("Rejected logins: wrong password, unknown account or a locked email")
			.register(registry);
		this.lockouts = Counter.builder(MetricNames.LOCKOUTS)
			.description("Emails locked after too many failed logins")
			.register(registry);
		this.authorizationDenials = Counter.builder(MetricNames.AUTHORIZATION_DENIALS)
			.description("Requests of authenticated callers rejected with 403")
			.register(registry);
	}

	@EventListener
	void on(SecurityEvent event) {
		switch (event.type()) {
			case LOGIN_FAILED -> this.loginFailures.increment();
			case LOGIN_LOCKOUT -> this.lockouts.increment();
			case ACCESS_DENIED -> this.authorizationDenials.increment();
			case RATE_LIMIT_EXCEEDED -> rateLimitHits(event.details().get("policy")).increment();
			default -> {
			}
		}
		Counter.builder(MetricNames.EVENTS)
			.description("Security events, by type")
			.tag(MetricNames.TYPE_TAG, this.eventTypes.admit(event.type()))
			.register(this.registry)
			.increment();
	}

	private Counter rateLimitHits(String policy) {
		return Counter.builder(MetricNames.RATE_LIMIT_HITS)
			.description("Rate-limit buckets found empty, counted once per bucket and refill window")
			.tag(MetricNames.POLICY_TAG, this.policies.admit(policy))
			.register(this.registry);
	}

}
