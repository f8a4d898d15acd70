package com.pettoyou.common;

import java.util.UUID;

/**
 * The signed-in account behind a request, for modules that record who acted but may not
 * depend on the identity module. The identity module's request principal implements it.
 */
public interface Actor {

	UUID accountId();

	/**
	 * Returns the account's role, an enum constant named like {@code SECURITY_AUDITOR}.
	 */
	Enum<?> role();

	/** Returns the name of the account's role, such as {@code SECURITY_AUDITOR}. */
	default String roleName() {
		return role().name();
	}

}
