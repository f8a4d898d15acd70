package com.pettoyou.identity.password;

/**
 * Reason a proposed password breaks the {@link PasswordPolicy}. Each constant has a
 * stable lower-case {@link #code() code} that API error responses can carry.
 */
public enum PasswordViolation {

	/** Fewer than {@value PasswordPolicy#MIN_LENGTH} code points after normalization. */
	PASSWORD_TOO_SHORT("password_too_short"),

	/** More than {@value PasswordPolicy#MAX_LENGTH} code points after normalization. */
	PASSWORD_TOO_LONG("password_too_long"),

	/** Equal, ignoring case, to an entry of the bundled common-password list. */
	PASSWORD_TOO_COMMON("password_too_common"),

	/** Contains the local part of the account's email address, ignoring case. */
	PASSWORD_CONTAINS_EMAIL("password_contains_email");

	private final String code;

	PasswordViolation(String code) {
		this.code = code;
	}

	/**
	 * Returns the lower-case snake-case code, for example {@code password_too_short}.
	 * @return the code, never {@code null}
	 */
	public String code() {
		return this.code;
	}

}
