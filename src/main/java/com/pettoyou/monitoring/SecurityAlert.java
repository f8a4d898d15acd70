package com.pettoyou.monitoring;

import java.time.Instant;
import java.util.UUID;

import com.pettoyou.common.SecurityEvent.Severity;

/**
 * An alert raised by a monitoring rule. Its message contains counts, amounts and opaque
 * ids only: never a secret, a token, an email address or clinical text.
 *
 * @param id the alert's id
 * @param level how urgent it is
 * @param category the area it concerns, such as {@code FINANCIAL} or
 * {@code AUTHENTICATION}
 * @param rule the rule that raised it, such as {@code HIGH_VALUE_TRANSACTION}
 * @param message one line for a human reader
 * @param occurredAt when the first event of the incident happened
 * @param lastSeenAt when the newest event folded into this alert happened
 * @param occurrences how many times the rule fired for this incident
 */
public record SecurityAlert(UUID id, Severity level, String category, String rule, String message, Instant occurredAt,
		Instant lastSeenAt, int occurrences) {
}
