package com.pettoyou.pets;

import java.util.Optional;
import java.util.UUID;

/** Tells other modules who owns a pet. */
public interface PetOwnership {

	/** Returns the owner of a pet that exists and is not deleted, or empty. */
	Optional<UUID> ownerOf(UUID petId);

}
