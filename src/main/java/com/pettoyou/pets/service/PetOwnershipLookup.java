package com.pettoyou.pets.service;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.pettoyou.pets.PetOwnership;

/** The {@link PetOwnership} over the pet table. */
@Service
class PetOwnershipLookup implements PetOwnership {

	private final PetRepository pets;

	PetOwnershipLookup(PetRepository pets) {
		this.pets = pets;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<UUID> ownerOf(UUID petId) {
		return pets.findLive(petId).map(Pet::ownerId);
	}

}
