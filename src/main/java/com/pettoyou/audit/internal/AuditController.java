package com.pettoyou.audit.internal;

import java.time.Instant;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.pettoyou.audit.internal.AuditEventQuery.AuditEventView;
import com.pettoyou.common.ApiException;
import com.pettoyou.common.PageResponse;

/** Read access to the audit trail and its verification, for security auditors. */
@RestController
@RequestMapping("/api/v1/audit")
@PreAuthorize("hasAuthority('read:audit_log')")
class AuditController {

	static final int MAX_PAGE_SIZE = 100;

	private static final int MAX_TEXT_FILTER_LENGTH = 200;

	private final AuditChain chain;

	private final AuditEventQuery query;

	AuditController(AuditChain chain, AuditEventQuery query) {
		this.chain = chain;
		this.query = query;
	}

	/** Verifies the whole chain now; this reads every event, so it is not cheap. */
	@GetMapping("/verification")
	ChainVerification verification() {
		return this.chain.verify();
	}

	@GetMapping("/events")
	PageResponse<AuditEventView> events(@RequestParam(required = false) UUID actorId,
			@RequestParam(required = false) String action, @RequestParam(required = false) String resourceType,
			@RequestParam(required = false) String resourceId, @RequestParam(required = false) Instant from,
			@RequestParam(required = false) Instant to, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		if (page < 0) {
			throw ApiException.invalidField("page", "min");
		}
		if (size < 1 || size > MAX_PAGE_SIZE) {
			throw ApiException.invalidField("size", "range");
		}
		if (from != null && to != null && !from.isBefore(to)) {
			throw ApiException.invalidField("to", "after_from");
		}
		requireShort("action", action);
		requireShort("resourceType", resourceType);
		requireShort("resourceId", resourceId);
		return this.query.search(new AuditEventQuery.Filter(actorId, action, resourceType, resourceId, from, to), page,
				size);
	}

	private static void requireShort(String field, String value) {
		if (value != null && value.length() > MAX_TEXT_FILTER_LENGTH) {
			throw ApiException.invalidField(field, "max_length");
		}
	}

}
