package com.pettoyou.pets;

import java.util.UUID;

/**
 * Tells other modules whether an owner's consent lets a hospital access a pet's records.
 * Each call reads the current state, so a revocation or an expiry takes effect on the
 * next request.
 */
public interface HospitalAccess {

	/**
	 * Returns whether the pet exists, is not deleted, and has a grant for the hospital
	 * that is neither revoked nor expired at the current time of the injected clock.
	 */
	boolean isGranted(UUID petId, UUID hospitalId);

}
