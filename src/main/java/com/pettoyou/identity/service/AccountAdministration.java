package com.pettoyou.identity.service;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.pettoyou.audit.AuditEntry;
import com.pettoyou.audit.AuditLog;
import com.pettoyou.audit.AuditOutcome;
import com.pettoyou.common.SecurityEvent.Severity;
import com.pettoyou.common.ApiException;
import com.pettoyou.common.LogKeys;
import com.pettoyou.identity.AuthenticatedAccount;
import com.pettoyou.identity.HospitalRegistry;
import com.pettoyou.identity.Role;
import com.pettoyou.identity.account.Account;
import com.pettoyou.identity.account.AccountRepository;
import com.pettoyou.identity.account.AccountStatus;
import com.pettoyou.identity.session.SessionStore;

/**
 * Account management by platform administrators: creating accounts of any role, changing
 * roles and status, and ending an account's sessions. Every change ends the account's
 * sessions at once, so no request acts with a stale role.
 */
@Service
@PreAuthorize("hasAuthority('manage:accounts')")
public class AccountAdministration {

	private static final Logger log = LoggerFactory.getLogger(AccountAdministration.class);

	private final AccountRepository accounts;

	private final SessionStore sessions;

	private final AccountInvitations invitations;

	private final HospitalRegistry hospitals;

	private final AuditLog audit;

	private final Clock clock;

	private final IdentityEvents events;

	AccountAdministration(AccountRepository accounts, AccountInvitations invitations, SessionStore sessions,
			HospitalRegistry hospitals, AuditLog audit, Clock clock, IdentityEvents events) {
		this.events = events;
		this.accounts = accounts;
		this.sessions = sessions;
		this.invitations = invitations;
		this.hospitals = hospitals;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Creates an active account without a password and emails the person a link to set
	 * one.
	 * @throws ApiException 400 when a hospital role lacks a hospital, another role has
	 * one or no hospital has that id, 409 when the email is taken
	 */
	@Transactional
	public UUID create(AuthenticatedAccount admin, String email, String name, Role role, UUID hospitalId) {
		if (role.isHospitalRole() != (hospitalId != null)) {
			throw ApiException.invalidField("hospitalId", role.isHospitalRole() ? "required" : "not_allowed");
		}
		if (hospitalId != null && !hospitals.exists(hospitalId)) {
			throw ApiException.invalidField("hospitalId", "unknown_hospital");
		}
		Account account = invitations.invite(email, name, role, hospitalId);
		audit.record(AuditEntry.of("ACCOUNT_CREATED", AuditOutcome.SUCCESS)
			.actor(admin.accountId(), admin.role().name())
			.resource("account", account.id())
			.details(Map.of("role", role.name())));
		log.atInfo()
			.addKeyValue(LogKeys.ACCOUNT_ID, account.id())
			.addKeyValue(LogKeys.ROLE, role)
			.log("Account created by an administrator");
		events.publishAfterCommit(IdentityEvents.ACCOUNT_CREATED, Severity.INFO, account.id(),
				Map.of("role", role.name(), "createdBy", admin.accountId().toString()));
		return account.id();
	}

	/**
	 * Changes an account's role, status or both, and ends all its sessions.
	 * @throws ApiException 404 for an unknown account, 409 when administrators change
	 * their own account
	 */
	@Transactional
	public Account update(AuthenticatedAccount admin, UUID accountId, Role role, AccountStatus status) {
		if (admin.accountId().equals(accountId)) {
			throw ApiException.conflict("Administrators cannot change their own role or status.");
		}
		Account account = accounts.findById(accountId).orElseThrow(ApiException::notFound);
		Role newRole = (role != null) ? role : account.role();
		AccountStatus newStatus = (status != null) ? status : account.status();
		if (newRole.isHospitalRole() && account.hospitalId() == null) {
			throw ApiException.invalidField("role", "hospital_required");
		}
		accounts.updateRoleAndStatus(accountId, newRole, newStatus, clock.instant());
		List<String> ended = sessions.endAll(accountId, null);
		Map<String, String> details = new HashMap<>();
		details.put("role", newRole.name());
		details.put("previousRole", account.role().name());
		details.put("status", newStatus.name());
		details.put("previousStatus", account.status().name());
		details.put("sessionsEnded", Integer.toString(ended.size()));
		audit.record(AuditEntry.of(action(account, newRole), AuditOutcome.SUCCESS)
			.actor(admin.accountId(), admin.role().name())
			.resource("account", accountId)
			.details(details));
		log.atInfo()
			.addKeyValue(LogKeys.ACCOUNT_ID, accountId)
			.addKeyValue(LogKeys.ROLE, newRole)
			.log("Account role or status changed");
		events.publishAfterCommit(IdentityEvents.ROLE_CHANGED, Severity.INFO, accountId, details);
		return accounts.findById(accountId).orElseThrow();
	}

	/** Ends every session of an account. */
	@Transactional
	public void revokeSessions(AuthenticatedAccount admin, UUID accountId) {
		accounts.findById(accountId).orElseThrow(ApiException::notFound);
		List<String> ended = sessions.endAll(accountId, null);
		audit.record(AuditEntry.of("SESSIONS_REVOKED", AuditOutcome.SUCCESS)
			.actor(admin.accountId(), admin.role().name())
			.resource("account", accountId)
			.details(Map.of("sessionsEnded", Integer.toString(ended.size()))));
	}

	private static String action(Account account, Role newRole) {
		return (newRole != account.role()) ? "ROLE_CHANGED" : "STATUS_CHANGED";
	}

}
