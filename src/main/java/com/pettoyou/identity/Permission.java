package com.pettoyou.identity;

/**
 * A right to perform one kind of action. The authority string is what method security
 * checks, for example {@code @PreAuthorize("hasAuthority('manage:accounts')")}.
 */
public enum Permission {

	MANAGE_OWN_PETS("manage:own:pets"),

	READ_OWN_MEDICAL_RECORDS("read:own:medical_records"),

	READ_HOSPITAL_MEDICAL_RECORDS("read:hospital:medical_records"),

	WRITE_MEDICAL_RECORDS("write:medical_records"),

	MANAGE_HOSPITAL_STAFF("manage:hospital:staff"),

	SUBMIT_CLAIMS("submit:claims"),

	READ_CLAIMS("read:claims"),

	APPROVE_CLAIMS("approve:claims"),

	CREATE_OWN_PAYMENTS("create:own:payments"),

	MANAGE_PAYMENTS("manage:payments"),

	READ_AUDIT_LOG("read:audit_log"),

	READ_SECURITY_ALERTS("read:security_alerts"),

	MANAGE_ACCOUNTS("manage:accounts"),

	MANAGE_HOSPITALS("manage:hospitals");

	private final String authority;

	Permission(String authority) {
		this.authority = authority;
	}

	public String authority() {
		return authority;
	}

}
