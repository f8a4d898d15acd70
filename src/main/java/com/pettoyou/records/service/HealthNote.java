package com.pettoyou.records.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A health note with its clinical text decrypted. {@link #toString()} leaves the clinical
 * text out.
 *
 * @param hospitalId the hospital where the visit took place, or {@code null}
 * @param authorId the account that wrote the note
 * @param prescription the prescription, or {@code null}
 * @param actualCost what the visit cost in won, or {@code null}
 * @param version the optimistic-locking version
 */
public record HealthNote(UUID id, UUID petId, UUID hospitalId, UUID authorId, LocalDate visitDate, String diagnosis,
		String treatment, String prescription, Long actualCost, Instant createdAt, Instant updatedAt, long version) {

	@Override
	public String toString() {
		return "HealthNote[id=" + id + ", petId=" + petId + ", hospitalId=" + hospitalId + ", version=" + version + "]";
	}

}
