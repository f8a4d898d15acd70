package com.pettoyou.monitoring.alerts;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.pettoyou.audit.AuditEntry;
import com.pettoyou.audit.AuditLog;
import com.pettoyou.audit.AuditOutcome;
import com.pettoyou.common.Actor;
import com.pettoyou.common.ApiException;
import com.pettoyou.common.ListRequests;
import com.pettoyou.common.PageResponse;
import com.pettoyou.common.SecurityEvent.Severity;
import com.pettoyou.monitoring.SecurityAlert;

/**
 * The stored alerts, newest first, for security auditors. Each search is audited with its
 * filters.
 */
@RestController
@RequestMapping("/api/v1/security")
@PreAuthorize("hasAuthority('read:security_alerts')")
class SecurityAlertController {

	static final String ALERTS_READ = "SECURITY_ALERTS_READ";

	static final int MAX_PAGE_SIZE = 100;

	/** The earliest instant accepted in a filter; no alert is older. */
	static final Instant EARLIEST = Instant.EPOCH;

	/** The latest instant accepted in a filter, the end of year 9999 in UTC. */
	static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

	private final AlertStore alerts;

	private final AuditLog auditLog;

	SecurityAlertController(AlertStore alerts, AuditLog auditLog) {
		this.alerts = alerts;
		this.auditLog = auditLog;
	}

	@GetMapping("/alerts")
	PageResponse<AlertView> alerts(@AuthenticationPrincipal Actor auditor, @RequestParam(required = false) String level,
			@RequestParam(required = false) Instant from, @RequestParam(required = false) Instant to,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		Severity levelFilter = level(level);
		ListRequests.checkPage(page, size, MAX_PAGE_SIZE);
		requireInRange("from", from);
		requireInRange("to", to);
		ListRequests.checkPeriod(from, to);
		PageResponse<SecurityAlert> found = this.alerts.search(levelFilter, from, to, page, size);
		Map<String, String> details = new LinkedHashMap<>();
		if (levelFilter != null) {
			details.put("level", levelFilter.name());
		}
		if (from != null) {
			details.put("from", from.toString());
		}
		if (to != null) {
			details.put("to", to.toString());
		}
		details.put("page", Integer.toString(page));
		details.put("returned", Integer.toString(found.items().size()));
		this.auditLog.record(AuditEntry.of(ALERTS_READ, AuditOutcome.SUCCESS)
			.actor(auditor.accountId(), auditor.roleName())
			.resource("security_alert", null)
			.details(details));
		return new PageResponse<>(found.items().stream().map(AlertView::of).toList(), found.page(), found.size(),
				found.total());
	}

	private static void requireInRange(String field, Instant value) {
		if (value != null && (value.isBefore(EARLIEST) || value.isAfter(LATEST))) {
			throw ApiException.invalidField(field, "out_of_range");
		}
	}

	private static Severity level(String level) {
		if (level == null) {
			return null;
		}
		return switch (level) {
			case "INFO" -> Severity.INFO;
			case "WARNING" -> Severity.WARNING;
			case "CRITICAL" -> Severity.CRITICAL;
			default -> throw ApiException.invalidField("level", "one_of");
		};
	}

	/**
	 * An alert as the API returns it. The message keeps the figures of the event that
	 * raised the alert; {@code occurrences} and {@code lastSeenAt} show how the incident
	 * went on.
	 */
	record AlertView(UUID id, Severity level, String category, String rule, String message, Instant occurredAt,
			Instant lastSeenAt, int occurrences) {

		static AlertView of(SecurityAlert alert) {
			return new AlertView(alert.id(), alert.level(), alert.category(), alert.rule(), alert.message(),
					alert.occurredAt(), alert.lastSeenAt(), alert.occurrences());
		}

	}

}
