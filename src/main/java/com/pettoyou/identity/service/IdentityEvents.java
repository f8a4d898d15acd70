package com.pettoyou.identity.service;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.pettoyou.common.RequestMetadata;
import com.pettoyou.common.SecurityEvent;
import com.pettoyou.common.SecurityEvent.Severity;

/**
 * Publishes the identity module's security events for monitoring: logins, lockouts,
 * registrations, accounts created by administrators, password changes and role or status
 * changes. Each carries the account id and the request's client address, never an email
 * address or a credential.
 */
@Component
class IdentityEvents {

	static final String LOGIN_SUCCEEDED = "LOGIN_SUCCEEDED";

	static final String LOGIN_FAILED = "LOGIN_FAILED";

	static final String LOGIN_LOCKOUT = "LOGIN_LOCKOUT";

	static final String ACCOUNT_REGISTERED = "ACCOUNT_REGISTERED";

	static final String PASSWORD_CHANGED = "PASSWORD_CHANGED";

	static final String ROLE_CHANGED = "ROLE_CHANGED";

	static final String ACCOUNT_CREATED = "ACCOUNT_CREATED";

	private final ApplicationEventPublisher events;

	private final Clock clock;

	IdentityEvents(ApplicationEventPublisher events, Clock clock) {
		this.events = events;
		this.clock = clock;
	}

	/** Publishes an attempt at once, whether or not the caller's transaction commits. */
	void publish(String type, Severity severity, UUID accountId, Map<String, String> details) {
		this.events.publishEvent(event(type, severity, accountId, details));
	}

	/**
	 * Publishes a change once the caller's transaction commits, so that monitoring never
	 * reports a change that was rolled back. Outside a transaction it publishes at once.
	 */
	void publishAfterCommit(String type, Severity severity, UUID accountId, Map<String, String> details) {
		SecurityEvent event = event(type, severity, accountId, details);
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			this.events.publishEvent(event);
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				IdentityEvents.this.events.publishEvent(event);
			}
		});
	}

	private SecurityEvent event(String type, Severity severity, UUID accountId, Map<String, String> details) {
		return new SecurityEvent(type, severity, accountId, RequestMetadata.current().clientAddress(),
				this.clock.instant(), details);
	}

}
