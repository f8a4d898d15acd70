package com.pettoyou.identity.service;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
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
import com.pettoyou.identity.Role;
import com.pettoyou.identity.account.Account;
import com.pettoyou.identity.account.AccountRepository;
import com.pettoyou.identity.account.AccountStatus;

/**
 * Staff accounts managed by a hospital's administrator. Each method acts only on the
 * caller's own hospital, as stored on the caller's account, and raises 403 for any other
 * hospital. The hospitals module calls this class, so it is a named interface of the
 * identity module.
 */
@Service
@NamedInterface("staff")
@PreAuthorize("hasAuthority('manage:hospital:staff')")
public class HospitalStaffAdministration {

	private static final Logger log = LoggerFactory.getLogger(HospitalStaffAdministration.class);

	private final AccountRepository accounts;

	private final AccountInvitations invitations;

	private final AuditLog audit;

	private final IdentityEvents events;

	private final JdbcClient jdbc;

	HospitalStaffAdministration(AccountRepository accounts, AccountInvitations invitations, AuditLog audit,
			JdbcClient jdbc, IdentityEvents events) {
		this.events = events;
		this.accounts = accounts;
		this.invitations = invitations;
		this.audit = audit;
		this.jdbc = jdbc;
	}

	/**
	 * Creates an active {@code HOSPITAL_STAFF} account of the caller's hospital without a
	 * password, and emails the person a link to set one.
	 * @throws ApiException 403 when the hospital is not the caller's, 409 when the email
	 * is taken
	 */
	@Transactional
	public UUID createStaff(AuthenticatedAccount hospitalAdmin, UUID hospitalId, String email, String name) {
		checkOwnHospital(hospitalAdmin, hospitalId);
		Account account = invitations.invite(email, name, Role.HOSPITAL_STAFF, hospitalId);

		audit.record(AuditEntry.of("ACCOUNT_CREATED", AuditOutcome.SUCCESS)
			.actor(hospitalAdmin.accountId(), hospitalAdmin.role().name())
			.resource("account", account.id())
			.details(Map.of("role", Role.HOSPITAL_STAFF.name(), "hospitalId", hospitalId.toString())));
		log.atInfo()
			.addKeyValue(LogKeys.ACCOUNT_ID, account.id())
			.addKeyValue(LogKeys.ROLE, Role.HOSPITAL_STAFF)
			.addKeyValue("hospital_id", hospitalId)
			.log("Staff account created by a hospital administrator");
		events.publishAfterCommit(IdentityEvents.ACCOUNT_CREATED, Severity.INFO, account.id(),
				Map.of("role", Role.HOSPITAL_STAFF.name(), "createdBy", hospitalAdmin.accountId().toString()));
		return account.id();
	}

	/**
	 * Returns the staff and administrator accounts of the caller's hospital, oldest
	 * first.
	 * @throws ApiException 403 when the hospital is not the caller's
	 */
	@Transactional(readOnly = true)
	public List<StaffMember> listStaff(AuthenticatedAccount hospitalAdmin, UUID hospitalId) {
		checkOwnHospital(hospitalAdmin, hospitalId);
		return jdbc.sql("""
				SELECT id, name, role, status FROM account
				WHERE hospital_id = :hospital AND role IN ('HOSPITAL_STAFF', 'HOSPITAL_ADMIN')
				ORDER BY created_at, id
				""")
			.param("hospital", hospitalId)
			.query((row, rowNumber) -> new StaffMember(row.getObject("id", UUID.class), row.getString("name"),
					Role.valueOf(row.getString("role")), AccountStatus.valueOf(row.getString("status")).name()))
			.list();
	}

	private void checkOwnHospital(AuthenticatedAccount hospitalAdmin, UUID hospitalId) {
		UUID own = accounts.findById(hospitalAdmin.accountId()).map(Account::hospitalId).orElse(null);
		if (own == null || !own.equals(hospitalId)) {
			throw ApiException.forbidden();
		}
	}

	/**
	 * One account of a hospital.
	 *
	 * @param status the account status name, such as {@code ACTIVE}
	 */
	public record StaffMember(UUID id, String name, Role role, String status) {
	}

}
