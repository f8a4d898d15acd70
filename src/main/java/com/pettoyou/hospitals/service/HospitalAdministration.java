package com.pettoyou.hospitals.service;

import java.time.Clock;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.pettoyou.audit.AuditEntry;
import com.pettoyou.audit.AuditLog;
import com.pettoyou.audit.AuditOutcome;
import com.pettoyou.common.ApiException;
import com.pettoyou.common.LogKeys;
import com.pettoyou.identity.AuthenticatedAccount;

/** Hospital registration by platform administrators. */
@Service
@PreAuthorize("hasAuthority('manage:hospitals')")
public class HospitalAdministration {

	private static final Logger log = LoggerFactory.getLogger(HospitalAdministration.class);

	private final HospitalRepository hospitals;

	private final AuditLog audit;

	private final Clock clock;

	HospitalAdministration(HospitalRepository hospitals, AuditLog audit, Clock clock) {
		this.hospitals = hospitals;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Registers an operating hospital.
	 * @param licenceNumber the licence or business registration number, digits only
	 * @throws ApiException 400 when the address names no district, 409 when the number is
	 * already registered
	 */
	@Transactional
	public UUID create(AuthenticatedAccount admin, String name, String licenceNumber, String address) {
		String district = Addresses.district(address);
		if (district == null) {
			throw ApiException.invalidField("address", "district_missing");
		}
		Hospital hospital = new Hospital(null, licenceNumber, name.strip(), district, address.strip(), null, null, null,
				null, HospitalStatus.OPERATING);
		UUID id;
		try {
			id = hospitals.insert(hospital, clock.instant());
		}
		catch (DuplicateKeyException ex) {
			throw ApiException.conflict("A hospital with this registration number already exists.");
		}
		audit.record(AuditEntry.of("HOSPITAL_CREATED", AuditOutcome.SUCCESS)
			.actor(admin.accountId(), admin.role().name())
			.resource("hospital", id));
		log.atInfo()
			.addKeyValue("hospital_id", id)
			.addKeyValue(LogKeys.ACCOUNT_ID, admin.accountId())
			.log("Hospital created by an administrator");
		return id;
	}

}
