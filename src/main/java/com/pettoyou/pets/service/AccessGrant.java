package com.pettoyou.pets.service;

import java.time.Instant;
import java.util.UUID;

/**
 * An owner's consent for one hospital to access one pet's records.
 *
 * @param id the grant id
 * @param petId the pet
 * @param hospitalId the hospital
 * @param purpose why the owner gives access, as the owner wrote it
 * @param createdAt when it was given
 * @param expiresAt when it ends by itself, or {@code null}
 * @param revokedAt when the owner revoked it, or {@code null}
 */
public record AccessGrant(UUID id, UUID petId, UUID hospitalId, String purpose, Instant createdAt, Instant expiresAt,
		Instant revokedAt) {

	/** Returns whether the grant is in force at the given time. */
	public boolean isActiveAt(Instant now) {
		return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
	}

}
