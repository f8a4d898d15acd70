package com.pettoyou.identity;

import java.util.Optional;
import java.util.UUID;

/**
 * Tells other modules which hospital an account works for. Each call reads the stored
 * account, so a move to another hospital or a disabled account takes effect on the next
 * request.
 */
public interface HospitalMembership {

	/**
	 * Returns the hospital of an active account with a hospital role, or empty for any
	 * other account.
	 */
	Optional<UUID> hospitalOf(UUID accountId);

}
