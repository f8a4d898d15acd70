package com.pettoyou.audit;

/** The result of an audited action. */
public enum AuditOutcome {

	/** The action was carried out. */
	SUCCESS,

	/** The action was attempted and failed, for example a wrong password. */
	FAILURE,

	/** The caller was not allowed to perform the action. */
	DENIED

}
