package com.pettoyou.common;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A security-relevant occurrence that monitoring may alert on, published as a Spring
 * application event by the module that observed it. Details hold opaque ids and codes
 * only.
 *
 * @param type what happened, an upper-case name such as {@code SESSION_HIJACK_SUSPECTED}
 * @param severity how urgent it is
 * @param accountId the account concerned, or {@code null}
 * @param clientAddress the client address of the request, or {@code null}
 * @param occurredAt when it happened
 * @param details further opaque facts
 */
public record SecurityEvent(String type, Severity severity, UUID accountId, String clientAddress, Instant occurredAt,
		Map<String, String> details) {

	public SecurityEvent {
		details = (details != null) ? Map.copyOf(details) : Map.of();
	}

	/** The urgency of a security event. */
	public enum Severity {

		INFO, WARNING, CRITICAL

	}

}
