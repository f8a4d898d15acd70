package com.pettoyou.monitoring.alerts;

import java.time.Duration;
import java.time.Instant;

import com.pettoyou.common.SecurityEvent.Severity;

/**
 * An alert that a rule wants to raise, before it is stored or folded into an open one.
 *
 * @param rule the rule's upper-case name
 * @param level the alert's level
 * @param category the area it concerns
 * @param subject what the incident is about within the rule, such as an account id
 * @param message one line without secrets, email addresses or clinical text
 * @param occurredAt when the event that fired the rule happened
 * @param quietPeriod how long a repeat about the same subject is folded into this alert
 */
record AlertCandidate(String rule, Severity level, String category, String subject, String message, Instant occurredAt,
		Duration quietPeriod) {
}
