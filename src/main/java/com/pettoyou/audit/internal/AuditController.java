package com.pettoyou.audit.internal;

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
import com.pettoyou.audit.internal.AuditEventQuery.AuditEventView;
import com.pettoyou.common.Actor;
import com.pettoyou.common.ApiException;
import com.pettoyou.common.ListRequests;
import com.pettoyou.common.PageResponse;

/**
 * Read access to the audit trail and its verification, for security auditors. Every
 * successful request records who read what as an audit event of its own.
 */
@RestController
@RequestMapping("/api/v1/audit")
@PreAuthorize("hasAuthority('read:audit_log')")
class AuditController {

	/**
	 * Action recorded for each search of the audit events, with the filters as details.
	 */
	static final String LOG_READ = "AUDIT_LOG_READ";

	static final int MAX_PAGE_SIZE = 100;

	private static final int MAX_TEXT_FILTER_LENGTH = 200;

	private final ChainStatus status;

	private final AuditEventQuery query;

	private final AuditLog auditLog;

	AuditController(ChainStatus status, AuditEventQuery query, AuditLog auditLog) {
		this.status = status;
		this.query = query;
		this.auditLog = auditLog;
	}

	/**
	 * Links every committed event into the chain, then verifies the whole chain, so the
	 * result covers every event committed before the request. This reads every event, so
	 * it is not cheap.
	 */
	@GetMapping("/verification")
	ChainVerification verification(@AuthenticationPrincipal Actor auditor) {
		return this.status.verify(auditor).result();
	}

	@GetMapping("/events")
	PageResponse<AuditEventView> events(@AuthenticationPrincipal Actor auditor,
			@RequestParam(required = false) UUID actorId, @RequestParam(required = false) String action,
			@RequestParam(required = false) String resourceType, @RequestParam(required = false) String resourceId,
			@RequestParam(required = false) Instant from, @RequestParam(required = false) Instant to,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		ListRequests.checkPage(page, size, MAX_PAGE_SIZE);
		ListRequests.checkPeriod(from, to);
		requireShort("action", action);
		requireShort("resourceType", resourceType);
		requireShort("resourceId", resourceId);
		AuditEventQuery.Filter filter = new AuditEventQuery.Filter(actorId, action, resourceType, resourceId, from, to);
		PageResponse<AuditEventView> result = this.query.search(filter, page, size);
		recordSearch(auditor, filter, result);
		return result;
	}

	private void recordSearch(Actor auditor, AuditEventQuery.Filter filter, PageResponse<AuditEventView> result) {
		Map<String, String> details = filter.asDetails();
		details.put("page", String.valueOf(result.page()));
		details.put("size", String.valueOf(result.size()));
		details.put("total", String.valueOf(result.total()));
		this.auditLog.record(AuditEntry.of(LOG_READ, AuditOutcome.SUCCESS)
			.actor(auditor.accountId(), auditor.roleName())
			.resource("audit_event", null)
			.details(details));
	}

	private static void requireShort(String field, String value) {
		if (value != null && value.length() > MAX_TEXT_FILTER_LENGTH) {
			throw ApiException.invalidField(field, "max_length");
		}
	}

}
