package com.pettoyou.identity.account;

/** The lifecycle state of an account. */
public enum AccountStatus {

	/** Registered, but the email address is not verified yet; login is refused. */
	PENDING_VERIFICATION,

	/** May log in once it has a password. */
	ACTIVE,

	/** Disabled by an administrator; login is refused and sessions are ended. */
	DISABLED

}
