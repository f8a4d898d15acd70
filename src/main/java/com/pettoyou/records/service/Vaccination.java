package com.pettoyou.records.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A vaccination given to a pet.
 *
 * @param hospitalId the hospital that gave it, or {@code null}
 * @param authorId the account that recorded it
 * @param nextDueOn when the next dose is due, or {@code null}
 */
public record Vaccination(UUID id, UUID petId, UUID hospitalId, UUID authorId, String vaccine, LocalDate administeredOn,
		LocalDate nextDueOn, Instant createdAt) {
}
