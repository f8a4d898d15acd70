package com.pettoyou.web;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import com.pettoyou.audit.AuditEntry;
import com.pettoyou.audit.AuditLog;
import com.pettoyou.audit.AuditOutcome;
import com.pettoyou.common.LogKeys;
import com.pettoyou.common.RequestMetadata;
import com.pettoyou.common.SecurityEvent;
import com.pettoyou.identity.AuthenticatedAccount;

/**
 * Records every request that an authenticated caller was not allowed to make: an
 * {@code ACCESS_DENIED} audit row with the actor, method and path, a log line, and a
 * security event that monitoring can alert on.
 */
@Component
class AccessDenials {

	private static final Logger log = LoggerFactory.getLogger(AccessDenials.class);

	private static final int MAX_PATH_LENGTH = 256;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AccessDenials(AuditLog audit, ApplicationEventPublisher events, Clock clock) {
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Records a denial.
	 * @param reason a lower-case code such as {@code permission} or {@code csrf}
	 */
	void record(HttpServletRequest request, String reason) {
		AuthenticatedAccount caller = caller();
		UUID accountId = (caller != null) ? caller.accountId() : null;
		String path = request.getRequestURI();
		if (path.length() > MAX_PATH_LENGTH) {
			path = path.substring(0, MAX_PATH_LENGTH);
		}
		Map<String, String> details = Map.of("method", request.getMethod(), "reason", reason);
		audit.record(AuditEntry.of("ACCESS_DENIED", AuditOutcome.DENIED)
			.actor(accountId, (caller != null) ? caller.role().name() : null)
			.resource("route", path)
			.details(details));
		log.atWarn()
			.addKeyValue(LogKeys.ACCOUNT_ID, accountId)
			.addKeyValue(LogKeys.REASON, reason)
			.log("Access denied");
		events.publishEvent(new SecurityEvent("ACCESS_DENIED", SecurityEvent.Severity.WARNING, accountId,
				RequestMetadata.current().clientAddress(), clock.instant(), details));
	}

	private static AuthenticatedAccount caller() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null && authentication.getPrincipal() instanceof AuthenticatedAccount account)
				? account : null;
	}

}
