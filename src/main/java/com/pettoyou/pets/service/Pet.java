package com.pettoyou.pets.service;

import java.time.LocalDate;
import java.util.UUID;

import com.pettoyou.pets.Species;

/**
 * A pet that has not been deleted.
 *
 * @param breed the breed, or {@code null} when the owner gave none
 * @param birthDate the date of birth, or {@code null} when unknown
 * @param version the row version that an update must match
 */
public record Pet(UUID id, UUID ownerId, String name, Species species, String breed, LocalDate birthDate,
		long version) {

	@Override
	public String toString() {
		return "Pet[id=" + id + ", ownerId=" + ownerId + ", species=" + species + "]";
	}

}
