package com.pettoyou.pets;

import java.util.Optional;
import java.util.UUID;

/**
 * Looks up who owns a pet, for modules that act on an owner's behalf, such as insurance
 * enrolment. Each call reads the current state, so a deleted pet is gone at once.
 */
public interface PetOwnership {

	/**
	 * Returns the owner's account id of a pet that exists and is not deleted, or empty
	 * otherwise.
	 */
	Optional<UUID> ownerOf(UUID petId);

}
