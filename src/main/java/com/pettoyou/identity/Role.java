package com.pettoyou.identity;

import java.util.EnumSet;
import java.util.Set;

import static com.pettoyou.identity.Permission.*;

/**
 * The roles of the platform and the permissions each one grants. No role has every
 * permission: the platform administrator manages accounts and hospitals but cannot read
 * medical records, approve claims or move money.
 */
public enum Role {

	PET_OWNER(EnumSet.of(MANAGE_OWN_PETS, READ_OWN_MEDICAL_RECORDS, WRITE_MEDICAL_RECORDS, SUBMIT_CLAIMS,
			CREATE_OWN_PAYMENTS)),

	HOSPITAL_STAFF(EnumSet.of(READ_HOSPITAL_MEDICAL_RECORDS, WRITE_MEDICAL_RECORDS)),

	HOSPITAL_ADMIN(EnumSet.of(READ_HOSPITAL_MEDICAL_RECORDS, WRITE_MEDICAL_RECORDS, MANAGE_HOSPITAL_STAFF)),

	CLAIMS_ADJUSTER(EnumSet.of(READ_CLAIMS, APPROVE_CLAIMS)),

	FINANCE_OPERATOR(EnumSet.of(MANAGE_PAYMENTS)),

	SECURITY_AUDITOR(EnumSet.of(READ_AUDIT_LOG, READ_SECURITY_ALERTS)),

	PLATFORM_ADMIN(EnumSet.of(MANAGE_ACCOUNTS, MANAGE_HOSPITALS));

	private final Set<Permission> permissions;

	Role(Set<Permission> permissions) {
		this.permissions = Set.copyOf(permissions);
	}

	public Set<Permission> permissions() {
		return permissions;
	}

	/** Returns whether accounts with this role belong to a hospital. */
	public boolean isHospitalRole() {
		return this == HOSPITAL_STAFF || this == HOSPITAL_ADMIN;
	}

}
