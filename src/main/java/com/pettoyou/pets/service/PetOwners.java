package com.pettoyou.pets.service;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.pettoyou.pets.PetOwnership;

/** Looks up the owner of a live pet for modules that act on a pet's data. */
@Component
class PetOwners implements PetOwnership {

	private final PetRepository pets;

	PetOwners(PetRepository pets) {
		this.pets = pets;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<UUID> ownerOf(UUID petId) {
		return pets.findLive(petId).map(Pet::ownerId);
	}

}
